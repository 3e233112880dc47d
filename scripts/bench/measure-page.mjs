// Measures one page in one tab: the operations in alternation, several rounds, medians per operation,
// plus the JS heap that the project's code adds to the page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { keepRequestsLocal } from '../lib/page-requests.mjs';

const require = createRequire(import.meta.url);
export const REFERENCE_LIBRARIES = [
  readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8'),
  readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8'),
];

export const OPERATIONS = ['walk', 'gate', 'full', 'highlight', 'markjs', 'readability'];
// Our own work: the longest task is taken over these.
const OURS = new Set(['gate', 'full', 'highlight']);

export const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function usedHeap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * Loads `url` in `page` (scripts of the page itself blocked by the server's CSP; the evaluations
 * below go through the DevTools protocol, which the CSP does not govern) and measures it.
 */
export async function measurePage(page, { url, item, benchCode, rounds }) {
  const cdp = await page.createCDPSession();
  try {
    await keepRequestsLocal(page, [new URL(url).origin]);
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    for (const library of REFERENCE_LIBRARIES) await page.evaluate(library);
    const heapBefore = await usedHeap(cdp);
    await page.evaluate(benchCode);
    const info = await page.evaluate((language) => globalThis.__cmBench.prepare(language), item.lang);
    const holding = item.label === 'positive' ? 'full' : 'gate';
    const held = await page.evaluate((name) => globalThis.__cmBench.hold(name), holding);
    const heapKb = held ? Math.round((await usedHeap(cdp)) - heapBefore) / 1024 : null;
    await page.evaluate(() => globalThis.__cmBench.release());

    const wanted = OPERATIONS.filter((name) => name !== 'full' || item.label === 'positive');
    const samples = Object.fromEntries(wanted.map((name) => [name, []]));
    const skipped = {};
    for (let round = 0; round < rounds; round += 1) {
      // Rotate the order so that no operation always runs right after the same neighbour.
      const order = wanted.map((_, i) => wanted[(i + round) % wanted.length]);
      for (const name of order) {
        if (skipped[name]) continue;
        const result = await page.evaluate((n) => globalThis.__cmBench.run(n), name);
        if (result.skipped) skipped[name] = result.skipped;
        else samples[name].push(result);
      }
    }
    const ops = {};
    for (const name of wanted) {
      if (skipped[name]) ops[name] = { skipped: skipped[name] };
      else
        ops[name] = {
          ms: median(samples[name].map((s) => s.ms)),
          longest: Math.max(...samples[name].map((s) => s.longest)),
          runs: samples[name].reduce((sum, s) => sum + s.runs, 0),
          async: samples[name].some((s) => s.async),
        };
    }
    const longestOurs = Math.max(0, ...[...OURS].map((name) => ops[name]?.longest ?? 0));
    return { item, info, heapKb, heldOperation: holding, ops, longestTaskMs: longestOurs };
  } finally {
    await cdp.detach().catch(() => {});
  }
}
