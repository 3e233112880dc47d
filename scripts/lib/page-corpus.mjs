// Reads the labelled corpus by path (its pages never enter the repository) and picks pages for the
// bench and the soak.
import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadCorpora } from './corpus.mjs';

/**
 * The corpus at `dir` with its `transplants/` (real layouts carrying articles about the group: full
 * pages, like the corpus's own `kind: page` items), as `loadCorpora` reads them; throws a readable
 * error when the corpus is not there. Every item's `file` is relative to `root`.
 */
export function loadCorpus(dir) {
  const root = resolve(dir);
  let items;
  try {
    items = loadCorpora([root]);
  } catch (error) {
    throw new Error(`No readable corpus at ${root} (${error.message}). Pass --corpus DIR.`);
  }
  return {
    root,
    items: items.map((item) => ({
      ...item,
      file: relative(root, item.path),
      kind: item.corpus === root ? item.kind : (item.kind ?? 'page'),
    })),
  };
}

/** The page's HTML bytes, uncompressed (a Buffer: the page declares its own charset). */
export function readPageBytes(corpus, item) {
  const raw = readFileSync(join(corpus.root, item.file));
  return item.file.endsWith('.gz') ? gunzipSync(raw) : raw;
}

const compressedSize = (corpus, item) => statSync(join(corpus.root, item.file)).size;

/** Items sorted heaviest first by uncompressed bytes; `bytes` is added to each returned item. */
function heaviestFirst(corpus, items) {
  return items
    .map((item) => ({ ...item, bytes: readPageBytes(corpus, item).length }))
    .sort((a, b) => b.bytes - a.bytes || a.id.localeCompare(b.id));
}

/**
 * Bench selection, among full pages only (a bare article fragment makes every ratio to a text walk
 * meaningless): the `n` heaviest plus up to `n` positives not already chosen, heaviest first. Only
 * the heaviest candidates by compressed size are unpacked to rank them.
 */
export function selectBenchPages(corpus, n) {
  const pages = corpus.items.filter((item) => item.kind === 'page');
  const byGzip = [...pages].sort((a, b) => compressedSize(corpus, b) - compressedSize(corpus, a));
  const heavy = heaviestFirst(corpus, byGzip.slice(0, Math.max(n * 3, 10))).slice(0, n);
  const chosen = new Set(heavy.map((item) => item.id));
  const positives = heaviestFirst(
    corpus,
    pages.filter((item) => item.label === 'positive' && !chosen.has(item.id)),
  ).slice(0, n);
  return [...heavy, ...positives].sort((a, b) => b.bytes - a.bytes);
}

/**
 * Soak selection: every full page (`kind: page`), or every item with `all`; with `limit`, an evenly
 * spaced sample over the pages sorted by size, so that light and heavy pages are both in it.
 */
export function selectSoakPages(corpus, { all = false, limit } = {}) {
  const pool = heaviestFirst(
    corpus,
    corpus.items.filter((item) => all || item.kind === 'page'),
  );
  if (!limit || limit >= pool.length) return pool;
  const step = pool.length / limit;
  return Array.from({ length: limit }, (_, i) => pool[Math.floor(i * step)]);
}
