// Opening a side note ("more") in a real browser: the card stays level with where it was and grows
// downward; the notes above it keep their places, the ones below only move down, and no card ever
// lands above the top of the document, where no scrolling could reach it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteRects, waitForNotes } from './lib/overlay.mjs';
import { ensureOverlay } from './lib/overlay-control.mjs';
import { forEachBrowser, openPage, sleep, waitFor } from './lib/suite.mjs';

const WIDE = { width: 1400, height: 900 };
const SLACK = 2;

/** The side notes in page order, once two readings a frame apart agree (the rail restacks). */
async function settledNotes(page) {
  let previous = '';
  return waitFor(async () => {
    await sleep(100);
    const notes = (await noteRects(page)).sort((a, b) => a.top - b.top);
    const key = JSON.stringify(notes);
    const same = key === previous;
    previous = key;
    return same ? notes : null;
  });
}

async function openNote(page, id) {
  await page.evaluate((noteId) => {
    const root = document.querySelector('context-margin')?.shadowRoot;
    root?.querySelector(`[data-note-id="${noteId}"] .cm-more`)?.click();
  }, id);
  await waitFor(() =>
    page.evaluate((noteId) => {
      const root = document.querySelector('context-margin')?.shadowRoot;
      return (
        root?.querySelector(`[data-note-id="${noteId}"] .cm-more`)?.getAttribute('aria-expanded') === 'true'
      );
    }, id),
  );
}

/** Opens the `which`-th note (0 = topmost) and checks how every note moved; returns the two tops. */
async function openAndCheck(env, path, which) {
  const url = env.server.url(path);
  const page = await openPage(env, url, { viewport: WIDE });
  try {
    await ensureOverlay(env, page, url);
    await waitForNotes(page, which + 1);
    const before = await settledNotes(page);
    assert.ok(
      before.length > which && before.every((n) => n.kind === 'side-note'),
      'side notes in the margin',
    );
    const target = before[which];
    await openNote(page, target.id);
    const after = await settledNotes(page);
    const byId = new Map(after.map((n) => [n.id, n]));
    const opened = byId.get(target.id);
    assert.ok(opened.bottom - opened.top > target.bottom - target.top, 'the opened card is taller');
    assert.ok(opened.top >= 0, `the opened card starts inside the document (${opened.top})`);
    assert.ok(Math.abs(opened.top - target.top) <= SLACK, `it stays put: ${target.top} → ${opened.top}`);
    for (const [k, note] of before.entries()) {
      const now = byId.get(note.id);
      assert.ok(now.top >= 0, `${note.id} starts inside the document`);
      if (k < which) assert.ok(Math.abs(now.top - note.top) <= SLACK, `${note.id} above keeps its place`);
      if (k > which) {
        assert.ok(now.top >= note.top - SLACK, `${note.id} below does not rise`);
        assert.ok(now.top >= opened.bottom, `${note.id} below clears the opened card`);
      }
    }
    return { before: Math.round(target.top), after: Math.round(opened.top) };
  } finally {
    await page.close();
  }
}

forEachBrowser('opening a side note', (env) => {
  test('note 1 on an article stays level with its paragraph', async (t) => {
    const tops = await openAndCheck(env, '/is-article-en.html', 0);
    t.diagnostic(`${env.name} is-article-en note 1 top ${tops.before} → ${tops.after}`);
  });

  test('note 1 on a dark page does not climb beside the headline', async (t) => {
    const tops = await openAndCheck(env, '/overlay-dark-en.html', 0);
    t.diagnostic(`${env.name} overlay-dark-en note 1 top ${tops.before} → ${tops.after}`);
  });

  test('a middle note leaves the notes above it where they were', async (t) => {
    const tops = await openAndCheck(env, '/is-article-en.html', 4);
    t.diagnostic(`${env.name} is-article-en note 5 top ${tops.before} → ${tops.after}`);
  });
});
