// npm run soak -- [--corpus DIR] [--limit N] [--browser chromium|firefox] [--all] [--json] [--build]
//                  [--match ID-PART] [--timeout MS] [--extension DIR]
// Loads the built extension, opens each full page of the corpus under a strict CSP, forces the
// overlay on, hovers a term, toggles off/on/off, and fails on any extension error, any layout shift
// over 0.5 px, any page whose DOM is not restored, any timeout (see README, "Soak").
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { privateBuild, REPO, serveCorpusPages, withTimeout } from './lib/bench-setup.mjs';
import { BROWSERS, browserVersion } from './lib/browsers.mjs';
import { loadCorpus, selectSoakPages } from './lib/page-corpus.mjs';
import { describePage, soakSummary, soakVerdict } from './soak/report.mjs';
import { openSession } from './soak/session.mjs';
import { soakPage } from './soak/soak-page.mjs';

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(REPO, '../shared/corpus') },
    limit: { type: 'string' },
    browser: { type: 'string', default: 'chromium' },
    all: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
    timeout: { type: 'string' },
    match: { type: 'string' },
    extension: { type: 'string' },
  },
});

const log = (...parts) => console.error(...parts);

async function main() {
  const started = Date.now();
  const name = args.browser;
  if (!BROWSERS[name]) throw new Error(`--browser must be chromium or firefox, not ${name}`);
  const output = BROWSERS[name].output;
  const script = name === 'chromium' ? 'build' : 'build:firefox';
  // --extension DIR soaks another unpacked extension (e.g. a deliberately broken one, to see the soak fail).
  const build = args.extension
    ? { dir: resolve(args.extension), dispose() {} }
    : privateBuild(script, output, { build: args.build || !existsSync(join(REPO, output, 'manifest.json')) });
  const corpus = loadCorpus(args.corpus);
  const items = selectSoakPages(corpus, {
    all: args.all,
    limit: args.limit ? Number(args.limit) : undefined,
  }).filter((item) => !args.match || item.id.includes(args.match));
  const pageTimeout = Number(args.timeout ?? (name === 'firefox' ? 60_000 : 45_000));
  const server = await serveCorpusPages(corpus, items, { 'content-security-policy': "script-src 'none'" });
  log(
    `[soak] ${name} (${browserVersion(name)}): ${items.length} pages from ${corpus.root}, ${pageTimeout / 1000} s limit each`,
  );

  const errors = [];
  const rows = [];
  let current = '(start-up)';
  const context = { sink: errors, label: () => current, stepMs: name === 'firefox' ? 250 : 150 };
  let session = await openSession(name, build.dir, context);
  log(`[soak] background errors: ${session.backgroundWatched ? 'watched' : 'NOT watched (no hook)'}`);
  try {
    for (const [index, item] of items.entries()) {
      current = item.id;
      const pageStart = Date.now();
      const before = errors.length;
      let row;
      try {
        const result = await withTimeout(
          soakPage(session, { url: server.pageUrl(item), frameUrl: server.frameUrl(item) }, context),
          pageTimeout,
          item.id,
        );
        row = { item, ...result };
      } catch (error) {
        const timedOut = /timed out/.test(error.message);
        row = { item, timedOut, failure: error.message.split('\n')[0] };
        if (!timedOut) errors.push({ where: 'soak', page: item.id, text: row.failure });
        // A page that hung may have taken the browser with it: start afresh for the next one.
        await session.close();
        session = await openSession(name, build.dir, context);
      }
      row.errors = errors.length - before;
      row.seconds = (Date.now() - pageStart) / 1000;
      rows.push(row);
      log(`[soak] ${name} ${index + 1}/${items.length} ${describePage(row)}`);
    }
  } finally {
    await session.close();
    await server.close();
    build.dispose();
  }
  const summary = soakSummary(rows, errors);
  const verdict = soakVerdict(summary, rows, errors);
  console.log(verdict.text);
  console.log(`soak (${name}) took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (args.json) console.log(JSON.stringify(summary));
  process.exit(verdict.ok ? 0 : 1);
}

main().catch((error) => {
  console.error(`[soak] ${error.stack ?? error}`);
  process.exit(1);
});
