// Real layouts (../shared/corpus/transplants: real sites' pages carrying an article about the group,
// and untouched real pages), loaded as a reader meets them with the page's scripts blocked: every
// positive gets the overlay and its terms highlighted, every negative stays untouched. Skipped without the corpus.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { overlayHosts } from './lib/popup-pages.mjs';
import { forEachBrowser, openPage, sleep, waitFor } from './lib/suite.mjs';

const DIR = fileURLToPath(new URL('../../../shared/corpus/transplants/', import.meta.url));
const items = existsSync(`${DIR}index.json`)
  ? JSON.parse(readFileSync(`${DIR}index.json`, 'utf8')).items
  : [];
const routes = Object.fromEntries(
  items.map((item) => [`/${item.id}.html`, { body: gunzipSync(readFileSync(`${DIR}${item.file}`)) }]),
);

/** Ranges our highlights hold on the page (terms found in the article). */
const highlighted = (page) =>
  page.evaluate(() =>
    [...CSS.highlights.entries()]
      .filter(([name]) => name.startsWith('context-margin'))
      .reduce((sum, [, highlight]) => sum + highlight.size, 0),
  );
forEachBrowser(
  'real layouts carrying an article',
  (env) => {
    for (const item of items) {
      test(`${item.id} (${item.lang}, ${item.label})`, { skip: !items.length }, async () => {
        const page = await openPage(env, env.server.url(`/${item.id}.html`), {
          viewport: { width: 1400, height: 900 },
        });
        if (item.label === 'positive') {
          await waitFor(async () => (await overlayHosts(page)) === 1, { timeout: 20_000 });
          // Terms are highlighted on every positive; notes only where the article's matter fits a
          // claim of the piece (notes-qrels.json: two of these articles fit none, and get none).
          assert.ok((await waitFor(() => highlighted(page), { timeout: 10_000 })) >= 1, 'terms highlighted');
        } else {
          await sleep(3000);
          assert.equal(await overlayHosts(page), 0);
        }
        await page.close();
      });
    }
  },
  { serve: { routes, headers: { 'content-security-policy': "script-src 'none'" } }, timeout: 600_000 },
);
