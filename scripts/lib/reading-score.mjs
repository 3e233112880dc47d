// The reading benchmark's scoring (../shared/reading/README.md): 4-word shingles of the predicted and
// the true body, counted as a multiset; per page the true positives, false positives and false
// negatives are divided by their sum so that every page weighs the same.

const WORD = /[\p{L}\p{N}\p{M}_]+/gu;
const SIZE = 4;

/** Counts of the text's 4-word shingles (a text shorter than four words is one shingle). */
export function shingles(text) {
  const words = text.match(WORD) ?? [];
  const counts = new Map();
  const add = (key) => counts.set(key, (counts.get(key) ?? 0) + 1);
  if (words.length && words.length < SIZE) add(words.join(' '));
  for (let i = 0; i + SIZE <= words.length; i++) add(words.slice(i, i + SIZE).join(' '));
  return counts;
}

/** `{tp, fp, fn}` of one page, as shares of their sum (both sides empty: a perfect page). */
export function scorePage(predicted, truth) {
  const got = shingles(predicted);
  const want = shingles(truth);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, n] of got) {
    const m = want.get(key) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [key, m] of want) fn += Math.max(0, m - (got.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 1, fp: 0, fn: 0 };
}

const round = (x) => Math.round(x * 10000) / 10000;
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/**
 * Precision and recall are means over pages of the per-page ratios, F1 combines the two means. A page
 * where nothing was predicted has recall 0 and no precision (it is left out of that mean): this is
 * the reading that reproduces the README's table (0.893 / 0.849 for the reader of 2026-12-06).
 */
export function summariseScores(scores) {
  const precisions = scores.filter((s) => s.tp + s.fp > 0).map((s) => s.tp / (s.tp + s.fp));
  const recalls = scores.map((s) => (s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 1));
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1: round(f1), precision: round(precision), recall: round(recall) };
}
