// node scripts/bench/phases.mjs [--corpus DIR] [--runs N] ID-PREFIX…
// Where the full path's time goes on chosen corpus pages, stage by stage (medians over warm runs),
// in headless Chromium with the page's own scripts blocked. A tool for work on speed; the bench is
// the measurement of record.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { REPO, serveCorpusPages } from '../lib/bench-setup.mjs';
import { findExecutable } from '../lib/browsers.mjs';
import { loadCorpus } from '../lib/page-corpus.mjs';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: 'string', default: resolve(REPO, '../shared/corpus') },
    runs: { type: 'string', default: '60' },
  },
});

const HARNESS = `
import { readPage } from '@/content/read/read-page';
import { detect } from '@/content/detect/detect';
import { analyseNotes } from '@/content/overlay/overlay-analysis';
import { findTerms } from '@/content/terms/find-terms';
import { createHighlighter } from '@/content/highlight/highlight';
import { glossary } from '@/content/knowledge';
import '@/content/knowledge/languages/all';
import { pageBackground } from '@/content/overlay/overlay-theme';
import { DEFAULT_SETTINGS } from '@/utils/settings-core/schema';
import { overlayRenderer, provideMessages } from './scripts/bench/in-page-overlay.js';
import { afterNextFrame as frame } from './scripts/bench/in-page-timing.js';
import * as overlaySession from '@/content/overlay/overlay-session';
import * as pageReader from '@/content/gate/page-reader';
import * as overlayApp from '@/components/overlay/OverlayApp';
import overlayCss from '@/components/overlay/overlay.css?inline';
import * as settings from '@/utils/settings-core/schema';
const renderer = overlayRenderer({ overlaySession, pageReader, overlayApp, overlayCss: { default: overlayCss }, settings });
globalThis.__phases = async (messages, runs) => {
  provideMessages(messages);
  const samples = {};
  const add = (k, v) => (samples[k] ??= []).push(v);
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    const lap = (k) => { const now = performance.now(); add(k, now - t); t = now; };
    const reading = readPage(document); lap('readPage');
    const detection = detect(reading, 'normal'); lap('detect');
    const language = detection.language === 'en' || !detection.language ? 'en' : detection.language;
    const notes = analyseNotes(reading, language, { ...DEFAULT_SETTINGS }); lap('notes');
    const matches = reading.root ? findTerms(reading.root, glossary, language) : []; lap('terms');
    // The session reads the theme before it adds its highlight style (clean style is cheap to read).
    pageBackground(document, reading.root); lap('theme');
    const drawn = createHighlighter(document, { prefix: 'cm-phase' }); drawn.apply(matches); lap('highlight');
    drawn.destroy();
    await frame();
    t = performance.now();
    const done = await renderer.start({ reading, detection, forced: false }); lap('full');
    await done();
    await frame();
    add('notes#', notes.notes.length); add('terms#', matches.length);
  }
  const median = (v) => v.sort((a, b) => a - b)[v.length >> 1];
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, +median(v).toFixed(3)]));
};`;

const textFiles = {
  name: 'text',
  setup(b) {
    b.onResolve({ filter: /\?inline$/ }, (a) => ({
      path: resolve(
        a.path.startsWith('@/') ? REPO : a.resolveDir,
        a.path.replace(/^@\//, '').replace(/\?inline$/, ''),
      ),
      namespace: 'text',
    }));
    b.onLoad({ filter: /.*/, namespace: 'text' }, (a) => ({
      contents: readFileSync(a.path, 'utf8'),
      loader: 'text',
    }));
  },
};

const bundled = await build({
  stdin: { contents: HARNESS, resolveDir: REPO, loader: 'js' },
  bundle: true,
  write: false,
  format: 'iife',
  target: 'chrome120',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  alias: { '@': REPO },
  define: { 'import.meta.env.DEV': 'false' },
  plugins: [textFiles],
  logLevel: 'error',
});
const corpus = loadCorpus(args.corpus);
const items = positionals.map((id) => corpus.items.find((item) => item.id.startsWith(id))).filter(Boolean);
const server = await serveCorpusPages(corpus, items, {
  'content-security-policy': "script-src 'none'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
});
const browser = await puppeteer.launch({
  executablePath: findExecutable('chromium'),
  headless: true,
  pipe: true,
  defaultViewport: { width: 1400, height: 900 },
  args: ['--no-sandbox', '--disable-gpu'],
});
const messages = JSON.parse(readFileSync(resolve(REPO, 'public/_locales/en/messages.json'), 'utf8'));
try {
  for (const item of items) {
    const page = await browser.newPage();
    await page.goto(server.pageUrl(item), { waitUntil: 'load' });
    await page.evaluate(bundled.outputFiles[0].text);
    await page.evaluate((m) => globalThis.__phases(m, 10), messages);
    const phases = await page.evaluate((m, n) => globalThis.__phases(m, n), messages, Number(args.runs));
    console.log(
      item.id.slice(0, 36).padEnd(36),
      Object.entries(phases)
        .map(([k, v]) => `${k} ${v}`)
        .join('  '),
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
