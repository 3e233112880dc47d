#!/usr/bin/env node
// npm run eval:notes -- --corpus DIR [--json] [--out FILE] [--cv K]
// Runs the product's own path (reader, detection, note placement with default settings) on every
// page of DIR/notes-qrels.json and scores where the notes land against the labelled paragraphs.
// --cv K: folds over pages; the one tunable (the least score a placement needs) is chosen on K-1
// folds and the figures are those of the fold left out, summed over the K folds.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCorpora } from './lib/corpus.mjs';
import { evalArgs, REPO_ROOT } from './lib/eval-args.mjs';
import { objective, summarise, tallyPage } from './lib/notes-metrics.mjs';
import { bundlePlacement, placeOnPage } from './lib/notes-run.mjs';

const values = evalArgs('npm run eval:notes -- --corpus DIR [--json] [--out FILE] [--cv K]', {
  out: { type: 'string' },
  cv: { type: 'string' },
});
const folds = values.cv === undefined ? 0 : Number(values.cv);
if (values.cv !== undefined && !(Number.isInteger(folds) && folds >= 2)) {
  console.error('--cv needs a whole number of folds, 2 or more');
  process.exit(2);
}

const corpus = resolve(values.corpus);
const qrels = JSON.parse(readFileSync(join(corpus, 'notes-qrels.json'), 'utf8')).pages;
const byId = new Map(loadCorpora([corpus]).map((item) => [item.id, item]));
const ids = Object.keys(qrels)
  .filter((id) => byId.has(id))
  .sort();
const product = await bundlePlacement(REPO_ROOT);
const cap = product.DEFAULT_SETTINGS.maxNotes;

/** Placements and tallies of every page at one least score (undefined: the product's default). */
function runAll(minScore) {
  return ids.map((id) => {
    const placed = placeOnPage(product, byId.get(id).path, minScore);
    return { id, placed, tally: tallyPage(qrels[id], placed, cap) };
  });
}

const plain = runAll(undefined);
const summary = summarise(plain.map((page) => page.tally));
const lines = [['plain', summary]];

if (folds) {
  const grid = [2, 2.5, 3, 3.5, 4, 4.5, 5, 6];
  const runs = new Map(grid.map((score) => [score, runAll(score)]));
  const foldOf = (index) => index % folds;
  const heldOut = [];
  const chosen = [];
  for (let fold = 0; fold < folds; fold++) {
    const train = (run) => run.filter((_, i) => foldOf(i) !== fold).map((page) => page.tally);
    const best = grid.reduce((a, b) =>
      objective(train(runs.get(b))) > objective(train(runs.get(a))) ? b : a,
    );
    chosen.push(best);
    heldOut.push(
      ...runs
        .get(best)
        .filter((_, i) => foldOf(i) === fold)
        .map((page) => page.tally),
    );
  }
  lines.push([`cv ${folds} (least score per fold: ${chosen.join(', ')})`, summarise(heldOut)]);
}

const columns = ['pages', 'placed', 'on_topic', 'off', 'note_recall', 'notes_where_none_fits'];
console.log(['run', ...columns].join('\t'));
for (const [name, figures] of lines) console.log([name, ...columns.map((c) => figures[c])].join('\t'));
const targets = { on_topic: '≥ 0.7', off: '≤ 0.1', note_recall: '≥ 0.5', notes_where_none_fits: '≤ 15' };
console.log(
  `targets: ${Object.entries(targets)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);

if (values.out) {
  const rows = plain.flatMap((page) =>
    page.placed.map((p) => JSON.stringify({ id: page.id, note: p.note, text: p.text })),
  );
  writeFileSync(values.out, rows.length ? `${rows.join('\n')}\n` : '');
}
if (values.json) console.log(JSON.stringify(summary));
