// Issue #18 item 8: the soak's layout-shift measure must not blame the extension for the page's own
// movement. The fixture scrolls inside <body> (not the window) and has a sticky header, like the real
// pages that reported 772–1181 px: hovering the first term scrolled <body>, the soak reset only the
// window, and every block seemed to move. Runs the real soak on a one-page corpus built here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BROWSERS } from '../../scripts/lib/browsers.mjs';
import { browsersUnderTest, FIXTURES } from './lib/suite.mjs';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const corpus = mkdtempSync(join(tmpdir(), 'cm-soak-'));
after(() => rmSync(corpus, { recursive: true, force: true }));

// A corpus of one full page, in the format of ../shared/corpus/index.json.
mkdirSync(join(corpus, 'pages'));
const html = readFileSync(join(FIXTURES, 'soak-body-scroller-en.html'));
writeFileSync(join(corpus, 'pages/body-scroller.html'), html);
const item = { id: 'body-scroller', file: 'pages/body-scroller.html', kind: 'page', lang: 'en' };
writeFileSync(join(corpus, 'index.json'), JSON.stringify({ items: [{ ...item, label: 'positive' }] }));

for (const name of browsersUnderTest()) {
  test(`soak on a page that scrolls inside <body> reports 0 px shift [${name}]`, {
    timeout: 150_000,
  }, () => {
    const run = spawnSync(
      process.execPath,
      [
        'scripts/soak.mjs',
        '--corpus',
        corpus,
        '--browser',
        name,
        '--json',
        // The E2E run has just built this browser's extension; the soak must not rebuild it.
        '--extension',
        BROWSERS[name].output,
      ],
      { cwd: REPO, encoding: 'utf8' },
    );
    const summary = JSON.parse(run.stdout.trim().split('\n').at(-1));
    assert.equal(summary.pages, 1, run.stderr);
    assert.equal(summary.errors, 0, run.stderr);
    assert.equal(summary.dom_restored, 1, run.stderr);
    assert.equal(summary.max_shift_px, 0, run.stderr);
    assert.equal(run.status, 0, run.stderr);
  });
}
