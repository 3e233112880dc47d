// Notes in the article's language, in real browsers: a Spanish and an Arabic fixture, and (where the
// shared corpus is there) its German and French transplant pages. The real path throughout: the
// sniffer, the gate, the background injecting the language's pack and then the overlay.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { clickInOverlay, waitForNotes } from './lib/overlay.mjs';
import { forEachBrowser, openPage, waitFor } from './lib/suite.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TRANSPLANTS = resolve(REPO, '../shared/corpus/transplants');

const unicodeEscapes = (text) =>
  text.replace(/\\u([0-9a-f]{4})/gi, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16)));

/** Id → one quoted field (`paraphrase`, `label`), read from the language's data file (pure data). */
function fieldOf(language, field) {
  const source = readFileSync(resolve(REPO, `content/knowledge/texts/${language}.ts`), 'utf8');
  const found = source.matchAll(new RegExp(`'?([a-z0-9-]+)'?: \\{\\s*${field}:\\s*'([^']*)'`, 'g'));
  return new Map([...found].map((m) => [m[1], unicodeEscapes(m[2])]));
}

/** One interface string of the overlay in `language`. */
function uiText(language, key) {
  const source = readFileSync(resolve(REPO, `content/i18n/ui/${language}.ts`), 'utf8');
  return unicodeEscapes(new RegExp(`\\b${key}: '([^']*)'`).exec(source)?.[1] ?? '');
}

// The transplants are served from memory, unpacked: nothing of the corpus is copied into the repo.
const routes = {};
// `notes`: notes are required. Both transplants carry paragraphs labelled on topic in
// ../shared/corpus/notes-qrels.json (the German one on IS propaganda, the French one on attacks in Europe).
const PAGES = [
  { path: '/overlay-es.html', language: 'es', dir: 'ltr', notes: true },
  { path: '/is-article-ar.html', language: 'ar', dir: 'rtl', notes: true },
];
for (const [language, file] of [
  ['de', 'pos-9.html.gz'],
  ['fr', 'pos-10.html.gz'],
]) {
  const path = resolve(TRANSPLANTS, file);
  if (!existsSync(path)) continue;
  routes[`/transplant-${language}.html`] = {
    body: gunzipSync(readFileSync(path)),
    type: 'text/html; charset=utf-8',
  };
  PAGES.push({ path: `/transplant-${language}.html`, language, dir: 'ltr', notes: true });
}

const inOverlay = (page, read) => page.evaluate(read);
const hasToolbar = () =>
  document.querySelector('context-margin')?.shadowRoot?.querySelector('.cm-tool--count') ? true : null;

forEachBrowser(
  'notes in the article’s language',
  (env) => {
    for (const { path, language, dir, notes } of PAGES) {
      test(`${path}: notes, panel and direction in ${language}`, async () => {
        const page = await openPage(env, env.server.url(path), { viewport: { width: 1400, height: 900 } });
        try {
          // Detected by the gate, so the background injects the language pack before the overlay.
          if (notes) await waitForNotes(page, 1, 20_000);
          else await waitFor(() => inOverlay(page, hasToolbar), { timeout: 20_000 });
          const root = await inOverlay(page, () => {
            const el = document.querySelector('context-margin')?.shadowRoot?.querySelector('.cm-root');
            return { lang: el?.getAttribute('lang'), dir: el?.getAttribute('dir') };
          });
          assert.deepEqual(root, { lang: language, dir });
          await clickInOverlay(page, '.cm-tool--count');
          const panel = await waitFor(() =>
            inOverlay(page, () => {
              const shadow = document.querySelector('context-margin')?.shadowRoot;
              const title = shadow?.querySelector('#cm-panel-title')?.textContent;
              const notes = [...(shadow?.querySelectorAll('.cm-panel article') ?? [])].map((article) => ({
                id: article.querySelector('[data-panel-note-id]')?.getAttribute('data-panel-note-id'),
                text: article.querySelector('.cm-paraphrase')?.textContent,
                direction: getComputedStyle(article.querySelector('.cm-paraphrase')).direction,
              }));
              return title ? { title, notes } : null;
            }),
          );
          assert.equal(panel.title, uiText(language, 'panelTitle'));
          if (notes) assert.ok(panel.notes.length > 0, 'notes in the panel');
          const expected = fieldOf(language, 'paraphrase');
          for (const note of panel.notes) {
            assert.equal(note.text, expected.get(note.id), `${language} ${note.id}`);
            assert.equal(note.direction, dir, `${language} ${note.id}`);
          }
          // A term's card, opened from the keyboard: its label in the language.
          const card = await waitFor(() =>
            inOverlay(page, () => {
              const shadow = document.querySelector('context-margin')?.shadowRoot;
              shadow?.querySelector('.cm-proxy')?.focus();
              const open = shadow?.querySelector('[data-term-id]');
              return (
                open && {
                  id: open.getAttribute('data-term-id'),
                  label: open.querySelector('.cm-term-label')?.textContent,
                }
              );
            }),
          );
          assert.equal(card.label, fieldOf(language, 'label').get(card.id), `${language} ${card.id}`);
        } finally {
          await page.close();
        }
      });
    }
  },
  { serve: { routes } },
);
