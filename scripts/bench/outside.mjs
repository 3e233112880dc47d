// Measured from outside: the renderer's script time (DevTools `Performance.getMetrics`) with the
// installed extension minus with an empty content script, on the same pages, in alternation. This
// confirms the in-page figures with the real bundles, and prices the MutationObserver on a page that
// mutates 100 times a second.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../lib/browsers.mjs';
import { statusOf, tabIdOf } from '../lib/extension-pages.mjs';
import { median } from './median.mjs';
import { scriptTimeOfLoad, scriptTimeOver } from './script-time.mjs';

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** An extension with one empty content script on every page: the baseline any extension pays. */
function emptyExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'cm-empty-ext-'));
  const manifest = {
    manifest_version: 3,
    name: 'empty content script',
    version: '1.0',
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['empty.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'empty.js'), '');
  return dir;
}

/**
 * Launches Chromium twice (the built extension from `outputDir`; an empty content script) and runs
 * `work({ real, empty })`; always closes both.
 */
export async function withExtensionPair(outputDir, work) {
  const emptyDir = emptyExtension();
  const real = await launchWithExtension('chromium', { outputDir });
  const empty = await launchWithExtension('chromium', { outputDir: emptyDir }).catch(async (error) => {
    await real.browser.close();
    throw error;
  });
  try {
    return await work({ real, empty });
  } finally {
    await Promise.all([real.browser.close(), empty.browser.close()].map((p) => p.catch(() => {})));
    rmSync(emptyDir, { recursive: true, force: true });
  }
}

/** Per page: median extra script ms (running + compiling, and each) over `repeats` alternated loads. */
export async function outsideScriptTime({ real, empty }, pages, { repeats = 5, settleMs = 800 } = {}) {
  const rows = [];
  for (const { id, url } of pages) {
    const withExtension = [];
    const baseline = [];
    for (let i = 0; i < repeats; i += 1) {
      withExtension.push(await scriptTimeOfLoad(real.browser, url, settleMs));
      baseline.push(await scriptTimeOfLoad(empty.browser, url, settleMs));
    }
    const ms = (loads, key = 'ms') => median(loads.map((load) => load[key]));
    const heap = (loads) => median(loads.map((load) => load.heap));
    rows.push({
      id,
      extensionMs: ms(withExtension),
      emptyMs: ms(baseline),
      extraMs: ms(withExtension) - ms(baseline),
      extraRunMs: ms(withExtension, 'runMs') - ms(baseline, 'runMs'),
      extraCompileMs: ms(withExtension, 'compileMs') - ms(baseline, 'compileMs'),
      extraHeapKb: (heap(withExtension) - heap(baseline)) / 1024,
    });
  }
  return rows;
}

/**
 * Loads the mutating fixture in both browsers (its own script runs: no CSP), lets the extension
 * settle, then compares script time over `windowMs`. Returns ms of extra script per second.
 */
export async function mutationOverhead({ real, empty }, url, { windowMs = 4000, repeats = 3 } = {}) {
  const control = await real.browser.newPage();
  await control.goto(`${real.extensionOrigin}/popup.html`).catch(() => {});
  const extra = [];
  let status = null;
  try {
    for (let i = 0; i < repeats; i += 1) {
      const pages = await Promise.all([real.browser.newPage(), empty.browser.newPage()]);
      await Promise.all(pages.map((page) => page.goto(url, { waitUntil: 'load' })));
      await sleep(1500);
      const tabId = await tabIdOf(control, url).catch(() => null);
      status = tabId == null ? null : await statusOf(control, tabId).catch(() => null);
      const [withExtension, baseline] = [
        await scriptTimeOver(pages[0], windowMs),
        await scriptTimeOver(pages[1], windowMs),
      ];
      extra.push(((withExtension - baseline) * 1000) / windowMs);
      await Promise.all(pages.map((page) => page.close()));
    }
  } finally {
    await control.close().catch(() => {});
  }
  return { extraMsPerSecond: median(extra), samples: extra, status };
}
