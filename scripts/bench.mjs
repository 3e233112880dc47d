// npm run bench -- [--corpus DIR] [--pages N] [--json] [--rounds R] [--cold] [--no-build] [--no-outside]
// What the extension costs a page, in real Chromium, as ratios to a plain text walk, mark.js and
// Readability taken in one run on the same pages (see README, "Performance").
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { bundleBench } from './bench/bundle.mjs';
import { measurePage } from './bench/measure-page.mjs';
import { outsideChecks } from './bench/outside-report.mjs';
import { framePassNote, pageTable, renderFloorNote, summarise, summaryTable } from './bench/report.mjs';
import { bundleSizes, gateGzipBytes } from './bench/sizes.mjs';
import { privateBuild, REPO, serveCorpusPages, withTimeout } from './lib/bench-setup.mjs';
import { findExecutable, missingBrowserMessage } from './lib/browsers.mjs';
import { loadCorpus, selectBenchPages } from './lib/page-corpus.mjs';

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(REPO, '../shared/corpus') },
    pages: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
    cold: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'no-outside': { type: 'boolean', default: false },
  },
});

const TARGETS = {
  gate_over_walk: '≤ 0.25',
  full_over_walk: '≤ 15',
  markjs_over_highlight: '≥ 5',
  readability_over_full: '≥ 3',
  longest_task_ms: '≤ 50',
  content_script_gzip_bytes: '≤ 8192',
  overlay_gzip_bytes: '≤ 40960',
};

// Page scripts must not run (they would measure the page, not us); COOP/COEP give the page a
// cross-origin-isolated timer (5 µs instead of 100 µs resolution).
const HEADERS = {
  'content-security-policy': "script-src 'none'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};
const PAGE_TIMEOUT_MS = 120_000;
const log = (...parts) => console.error(...parts);

async function main() {
  const started = Date.now();
  const executablePath = findExecutable('chromium');
  if (!executablePath) throw new Error(missingBrowserMessage('chromium'));
  const corpus = loadCorpus(args.corpus);
  const items = selectBenchPages(corpus, Number(args.pages));
  const rounds = Math.max(1, Number(args.rounds));
  log(
    `[bench] ${items.length} pages from ${corpus.root}, ${rounds} rounds each, ${args.cold ? 'cold' : 'warm'} runs`,
  );

  const build = privateBuild('build', '.output/chrome-mv3', { build: !args['no-build'] });
  const server = await serveCorpusPages(corpus, items, HEADERS);
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    pipe: true,
    defaultViewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const { code, sniffCode, gateCode, modules } = await bundleBench();
    log(`[bench] bundled modules: ${modules.join(', ')}`);
    const results = [];
    for (const item of items) {
      const page = await browser.newPage();
      const pageStart = Date.now();
      try {
        const run = measurePage(page, {
          url: server.pageUrl(item),
          item,
          benchCode: code,
          sniffCode,
          gateCode,
          rounds,
          cold: args.cold,
        });
        results.push(await withTimeout(run, PAGE_TIMEOUT_MS, item.id));
      } catch (error) {
        results.push({ item, error: error.message.split('\n')[0] });
      } finally {
        await page.close().catch(() => {});
      }
      log(`[bench] ${item.id} ${((Date.now() - pageStart) / 1000).toFixed(1)} s`);
    }
    const sizes = bundleSizes(build.dir);
    const summary = summarise(results, sizes);
    const outside = args['no-outside'] ? null : await outsideChecks(build.dir, server, results);

    console.log(pageTable(results));
    console.log('');
    console.log(summaryTable(summary, TARGETS));
    console.log(
      `every page runs the sniffer (content_script_gzip_bytes); the gate, ${gateGzipBytes(build.dir)} B gzip, ` +
        'is injected only where the sniffer found a name of the group (or the popup asks)',
    );
    const frameNote = framePassNote(results);
    if (frameNote) console.log(frameNote);
    const floorNote = renderFloorNote(results);
    if (floorNote) console.log(floorNote);
    if (outside) console.log(`\n${outside.text}`);
    console.log(`\nbench took ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (args.json) console.log(JSON.stringify(summary));
  } finally {
    await browser.close().catch(() => {});
    await server.close();
    build.dispose();
  }
}

main().catch((error) => {
  console.error(`[bench] ${error.stack ?? error}`);
  process.exit(1);
});
