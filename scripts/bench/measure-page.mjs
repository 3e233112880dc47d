// Measures one page in one tab: the operations in alternation, several rounds, medians per operation,
// plus the JS heap that the project's code adds to the page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { keepRequestsLocal } from '../lib/page-requests.mjs';
import { median } from './median.mjs';

const require = createRequire(import.meta.url);
const MESSAGES = JSON.parse(
  readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8'),
);
export const REFERENCE_LIBRARIES = [
  readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8'),
  readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8'),
];

export const OPERATIONS = ['walk', 'gate', 'full', 'highlight', 'markjs', 'readability'];

// An operation that takes this long per run is far above the timer's noise after a few samples;
// more would only stretch the run (mark.js takes seconds, even tens of seconds, on the heaviest pages).
const SLOW_MS = 100;
const SLOW_SAMPLES = 3;
const SLOW_TOTAL_MS = 2000;
const enoughOfSlow = (taken) =>
  (taken.length >= SLOW_SAMPLES && median(taken.map((s) => s.ms)) > SLOW_MS) ||
  taken.reduce((sum, s) => sum + s.ms * s.runs, 0) > SLOW_TOTAL_MS;

async function usedHeap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * The JS heap the project's code adds to the page: the sniffer alone on pages it lets go (what every
 * page pays), the sniffer, the gate and the overlay on positives. Also times the first, cold calls of
 * the sniffer and (where it passes) the gate, each in a task of its own as in the extension.
 */
async function firstContact(page, cdp, { item, benchCode, sniffCode, gateCode }) {
  const walkColdMs = await page.evaluate(() => {
    const start = performance.now();
    const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
    let length = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) length += node.data.length;
    return length >= 0 ? performance.now() - start : 0;
  });
  // The collection also drops the node wrappers the walk created, so the sniffer meets a cold page too.
  const heapBefore = await usedHeap(cdp);
  await page.evaluate(sniffCode);
  const sniffed = await page.evaluate(() => globalThis.__cmSniff.cold());
  let gateColdMs = null;
  let gateColdLongestMs = null;
  if (sniffed.candidate) {
    await page.evaluate(gateCode);
    ({ ms: gateColdMs, longest: gateColdLongestMs } = await page.evaluate(() => globalThis.__cmGate.cold()));
  }
  let heapAfter = await usedHeap(cdp);
  await page.evaluate(benchCode);
  const info = await page.evaluate(
    (language, messages) => globalThis.__cmBench.prepare(language, messages),
    item.lang,
    MESSAGES,
  );
  let fullColdMs = null;
  let fullColdLongestMs = null;
  if (item.label === 'positive') {
    const held = await page.evaluate(() => globalThis.__cmBench.hold('full'));
    [fullColdMs, fullColdLongestMs] = [held.ms, held.longest];
    heapAfter = await usedHeap(cdp);
    await page.evaluate(() => globalThis.__cmBench.release());
  }
  if (gateColdMs != null) await page.evaluate(() => globalThis.__cmGate.release());
  const heapKb = (heapAfter - heapBefore) / 1024;
  return {
    info,
    walkColdMs,
    sniffColdMs: sniffed.ms,
    gateColdMs,
    gateColdLongestMs,
    fullColdMs,
    fullColdLongestMs,
    heapKb,
  };
}

/**
 * Loads `url` in `page` (scripts of the page itself blocked by the server's CSP; the evaluations
 * below go through the DevTools protocol, which the CSP does not govern) and measures it.
 */
export async function measurePage(page, { url, item, benchCode, sniffCode, gateCode, rounds, cold = false }) {
  const cdp = await page.createCDPSession();
  try {
    await keepRequestsLocal(page, [new URL(url).origin]);
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    for (const library of REFERENCE_LIBRARIES) await page.evaluate(library);
    const { info, ...first } = await firstContact(page, cdp, { item, benchCode, sniffCode, gateCode });

    const wanted = OPERATIONS.filter((name) => name !== 'full' || item.label === 'positive');
    const samples = Object.fromEntries(wanted.map((name) => [name, []]));
    for (let round = 0; round < rounds; round += 1) {
      // Rotate the order so that no operation always runs right after the same neighbour.
      const order = wanted.map((_, i) => wanted[(i + round) % wanted.length]);
      for (const name of order) {
        if (enoughOfSlow(samples[name])) continue;
        samples[name].push(
          await page.evaluate((n, c) => globalThis.__cmBench.run(n, { cold: c }), name, cold),
        );
      }
    }
    const ops = {};
    for (const name of wanted) {
      ops[name] = {
        ms: median(samples[name].map((s) => s.ms)),
        runs: samples[name].reduce((sum, s) => sum + s.runs, 0),
      };
    }
    // No warm run counts: `gate`, `full` and `highlight` are timed with their yields turned into
    // microtasks (in-page.js), so our tasks are taken on the cold first calls, with the browser's own
    // yields, below; highlighting a page the product does not annotate is measured for the
    // comparison with mark.js only.
    const layoutMs = await page.evaluate(() => globalThis.__cmBench.layoutPass());
    const renderFloorMs =
      item.label === 'positive' ? await page.evaluate(() => globalThis.__cmBench.renderFloor()) : null;
    const firstCalls = [first.sniffColdMs, first.gateColdLongestMs ?? 0, first.fullColdLongestMs ?? 0];
    const longestTaskMs = Math.max(...firstCalls, layoutMs ?? 0);
    return { item, info, ...first, ops, layoutMs, renderFloorMs, longestTaskMs };
  } finally {
    await cdp.detach().catch(() => {});
  }
}
