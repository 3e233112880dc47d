#!/usr/bin/env node
// npm run eval:reading -- --corpus ../shared/reading [--json] [--out FILE] [--cv] [--timeout MS] [--verbose]
// Runs the product's own reader (content/read/read-page.ts, bundled as the browser gets it) on every page
// of a reading benchmark (truth.json + pages/*.html.gz), scores the paragraphs it keeps against the
// hand-marked bodies as the benchmark's README says, and times it beside Readability.js on the same
// linkedom parse. --out writes {"<id>": {"articleBody": "..."}}. --cv adds the 5-fold cross-validated
// figure of the reader's thresholds (scripts/lib/reading-cv.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleModules } from './lib/corpus.mjs';
import { evalArgs, REPO_ROOT } from './lib/eval-args.mjs';
import { runInWorkers } from './lib/page-worker-pool.mjs';
import { crossValidate, GRID } from './lib/reading-cv.mjs';
import { scorePage, summariseScores } from './lib/reading-score.mjs';

const values = evalArgs('npm run eval:reading -- --corpus DIR [--json] [--out FILE] [--timeout MS]', {
  out: { type: 'string' },
  timeout: { type: 'string', default: '20000' },
  verbose: { type: 'boolean', default: false },
  cv: { type: 'boolean', default: false },
});

const dir = resolve(values.corpus);
const { items } = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
const reader = await bundleModules(REPO_ROOT, "export { readPage } from './content/read/read-page.ts';");
const timeoutMs = Number(values.timeout) || 20000;
const outcomes = await runInWorkers(
  new URL('./lib/reading-worker.mjs', import.meta.url),
  { reader },
  items.map((item) => ({ path: join(dir, item.file), grid: values.cv ? GRID : [] })),
  timeoutMs,
);

const median = (xs) => {
  const sorted = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
};
const rows = items.map((item, i) => {
  const outcome = outcomes[i];
  const body = outcome.body ?? '';
  return { id: item.id, url: item.url, body, score: scorePage(body, item.body ?? ''), ...outcome };
});
const summary = summariseScores(rows.map((r) => r.score));
const empty = rows.filter((r) => !r.body.trim()).length;
const ratios = rows.filter((r) => r.readabilityMs && r.ms > 0).map((r) => r.readabilityMs / r.ms);
const readabilityOverReader = Math.round((median(ratios) ?? 0) * 100) / 100;

if (values.verbose) {
  const f1 = ({ tp, fp, fn }) => (2 * tp) / (2 * tp + fp + fn || 1);
  for (const r of [...rows].sort((a, b) => f1(a.score) - f1(b.score))) {
    const { tp, fp, fn } = r.score;
    console.log(
      `${f1(r.score).toFixed(3)} tp ${tp.toFixed(2)} fp ${fp.toFixed(2)} fn ${fn.toFixed(2)} ${r.ms?.toFixed(1)} ms ${r.id.slice(0, 12)} ${r.url}${r.error ? ` ERROR ${r.error.split('\n')[0]}` : ''}`,
    );
  }
}
console.log(`Reading ${rows.length} pages of ${dir}`);
console.log(`F1 ${summary.f1}  precision ${summary.precision}  recall ${summary.recall}  empty ${empty}`);
console.log(
  `reader median ${median(rows.map((r) => r.ms))?.toFixed(2)} ms, Readability.js median ${median(rows.map((r) => r.readabilityMs))?.toFixed(2)} ms, Readability/reader median ratio ${readabilityOverReader}`,
);
let cv = null;
if (values.cv) {
  cv = crossValidate(rows.map((r, i) => ({ id: r.id, truth: items[i].body ?? '', bodies: r.bodies })));
  console.log(
    `5-fold cross-validated (thresholds chosen on 4/5, scored on the held-out 1/5): F1 ${cv.f1}  precision ${cv.precision}  recall ${cv.recall}`,
  );
  console.log(`  chosen per fold: ${cv.chosen.map((k) => `${k.climbMass}/${k.blockLinkShare}`).join(', ')}`);
}
const errors = rows.filter((r) => r.error);
for (const r of errors) console.log(`  ${r.id}: ${r.error.split('\n')[0]}`);
if (values.out) {
  const out = Object.fromEntries(rows.map((r) => [r.id, { articleBody: r.body }]));
  writeFileSync(resolve(values.out), `${JSON.stringify(out, null, 1)}\n`);
}
if (values.json) {
  console.log(
    JSON.stringify({
      pages: rows.length,
      ...summary,
      empty,
      readability_over_reader: readabilityOverReader,
      ...(cv ? { cv_f1: cv.f1, cv_precision: cv.precision, cv_recall: cv.recall } : {}),
    }),
  );
}
