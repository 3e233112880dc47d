// The overlay on other page shapes: short, two columns, narrow window, dark, late-loading and a
// single-page app that swaps its article. Screenshots go to E2E_SHOTS when it is set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setViewport } from '../../scripts/lib/viewport.mjs';
import { clickInOverlay, noteRects, openRecordedPage, paragraphRects, waitForNotes } from './lib/overlay.mjs';
import { ensureOverlay, openWithNotes } from './lib/overlay-control.mjs';
import { meanLuminance } from './lib/pixels.mjs';
import { forEachBrowser, waitFor } from './lib/suite.mjs';

const WIDE = { width: 1400, height: 900 };

async function shot(env, page, name) {
  const dir = process.env.E2E_SHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${env.name}-${name}.png` });
}

const overlayState = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('context-margin')?.shadowRoot;
    return {
      theme: root?.querySelector('.cm-root')?.getAttribute('data-theme') ?? null,
      ids: [...(root?.querySelectorAll('[data-note-id]') ?? [])].map((el) => el.getAttribute('data-note-id')),
    };
  });

const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

forEachBrowser('overlay on other page shapes', (env) => {
  test('a short article gets its few notes, and its paragraphs do not move', async () => {
    const { page, count } = await openWithNotes(env, '/overlay-short-en.html', { recorded: true });
    assert.ok(count <= 3, 'at most one note per paragraph');
    assert.deepEqual(await paragraphRects(page), (await page.evaluate(() => window.__before)).rects);
    await shot(env, page, 'short');
    await page.close();
  });

  test('two columns: no note covers the sidebar', async () => {
    const { page } = await openWithNotes(env, '/overlay-two-column-en.html', { recorded: true, min: 2 });
    const aside = await page.evaluate(() => {
      const r = document.querySelector('aside').getBoundingClientRect();
      return {
        left: r.left + scrollX,
        top: r.top + scrollY,
        right: r.right + scrollX,
        bottom: r.bottom + scrollY,
      };
    });
    for (const note of await noteRects(page))
      assert.ok(!overlaps(note, aside), `${note.id} stays off the sidebar`);
    assert.deepEqual(await paragraphRects(page), (await page.evaluate(() => window.__before)).rects);
    await shot(env, page, 'two-column');
    await page.close();
  });

  test('a narrow window shows numbered markers that open the note as a card', async () => {
    const { page } = await openWithNotes(env, '/overlay-long-en.html', {
      viewport: { width: 760, height: 900 },
      recorded: true,
      min: 2,
    });
    const markers = await noteRects(page);
    assert.ok(markers.every((m) => m.kind === 'marker'));
    assert.ok(
      markers.every((m) => m.right <= 760),
      'markers stay inside the window',
    );
    await page.evaluate((id) => {
      document
        .querySelector('context-margin')
        .shadowRoot.querySelector(`[data-note-id="${id}"]`)
        .scrollIntoView({ block: 'center' });
    }, markers[0].id);
    await clickInOverlay(page, `.cm-marker[data-note-id="${markers[0].id}"]`);
    const card = await waitFor(() =>
      page.evaluate(() => {
        const el = document.querySelector('context-margin').shadowRoot.querySelector('[data-card-note-id]');
        return (
          el && {
            id: el.getAttribute('data-card-note-id'),
            role: el.getAttribute('role'),
            text: el.textContent,
          }
        );
      }),
    );
    assert.equal(card.id, markers[0].id);
    assert.equal(card.role, 'dialog');
    assert.match(card.text, /La Razón/);
    await shot(env, page, 'narrow-card');
    await page.keyboard.press('Escape');
    await waitFor(() =>
      page.evaluate(
        () => !document.querySelector('context-margin').shadowRoot.querySelector('[data-card-note-id]'),
      ),
    );
    assert.deepEqual(await paragraphRects(page), (await page.evaluate(() => window.__before)).rects);
    await page.close();
  });

  for (const fixture of ['is-article-en.html', 'is-article-ar.html']) {
    test(`in a window too narrow for a rail, no marker covers a line of text (${fixture})`, async () => {
      const { page } = await openWithNotes(env, `/${fixture}`, {
        viewport: { width: 700, height: 900 },
        recorded: true,
        min: 2,
      });
      const markers = await noteRects(page);
      assert.ok(markers.every((m) => m.kind === 'marker'));
      const lines = await page.evaluate(() =>
        [...document.querySelectorAll('article p, article h1')].flatMap((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return [...range.getClientRects()].map((r) => ({
            left: r.left + scrollX,
            top: r.top + scrollY,
            right: r.right + scrollX,
            bottom: r.bottom + scrollY,
          }));
        }),
      );
      for (const marker of markers)
        assert.ok(!lines.some((line) => overlaps(marker, line)), `marker ${marker.id} covers no text`);
      assert.ok(
        markers.every((m) => m.left >= 0 && m.right <= 700),
        'markers stay inside the window',
      );
      await shot(env, page, `narrow-markers-${fixture}`);
      await page.close();
    });
  }

  test('the toolbar starts in the margin the rail leaves free, over no note', async () => {
    const { page } = await openWithNotes(env, '/is-article-en.html', { recorded: true, min: 2 });
    const notes = await noteRects(page);
    assert.ok(notes.every((n) => n.kind === 'side-note'));
    const toolbar = await waitFor(() =>
      page.evaluate(() => {
        const el = document.querySelector('context-margin').shadowRoot.querySelector('.cm-toolbar');
        const r = el?.getBoundingClientRect();
        return (
          r &&
          r.width > 0 && {
            left: r.left + scrollX,
            top: r.top + scrollY,
            right: r.right + scrollX,
            bottom: r.bottom + scrollY,
          }
        );
      }),
    );
    assert.ok(toolbar.right < Math.min(...notes.map((n) => n.left)), 'the toolbar is left of the rail');
    for (const note of notes) assert.ok(!overlaps(note, toolbar), `${note.id} is not under the toolbar`);
    await page.close();
  });

  test('resizing the window moves between margin notes and markers', async () => {
    const { page } = await openWithNotes(env, '/overlay-long-en.html', { recorded: true, min: 2 });
    const kinds = async () => [...new Set((await noteRects(page)).map((n) => n.kind))].join();
    assert.equal(await kinds(), 'side-note');
    await setViewport(page, { width: 760, height: 900 });
    await waitFor(async () => (await kinds()) === 'marker');
    await setViewport(page, WIDE);
    await waitFor(async () => (await kinds()) === 'side-note');
    await page.close();
  });

  test('a dark page gets dark notes', async () => {
    const { page } = await openWithNotes(env, '/overlay-dark-en.html', { recorded: true });
    assert.equal((await overlayState(page)).theme, 'dark');
    const [note] = await noteRects(page);
    await page.evaluate(() => scrollTo(0, 0));
    const png = await page.screenshot();
    const inner = {
      left: note.left + 30,
      top: note.top + 30 - (await page.evaluate(() => scrollY)),
      width: 150,
      height: 30,
    };
    assert.ok(meanLuminance(png, inner) < 110, 'the note is painted dark');
    await shot(env, page, 'dark');
    await page.close();
  });

  test('an article that loads late gets its notes once it arrives', async () => {
    const url = env.server.url('/overlay-late-en.html');
    const page = await openRecordedPage(env, url, WIDE);
    // Started before the body arrives (as "show anyway" would); the same host must then fill in.
    await ensureOverlay(env, page, url, { wait: 1000 });
    const early = await page.evaluate(() => {
      const host = document.querySelector('context-margin');
      host.__early = true;
      return document.body.dataset.loaded !== 'true';
    });
    assert.ok(early, 'the overlay started before the article loaded');
    await waitForNotes(page, 2);
    assert.ok((await overlayState(page)).ids.includes('fleeing-south'));
    assert.ok(await page.evaluate(() => document.querySelector('context-margin').__early === true));
    await page.close();
  });

  test('a single-page app that swaps its article gets the new article’s notes', async () => {
    const { page } = await openWithNotes(env, '/overlay-spa-en.html', { recorded: true });
    const first = (await overlayState(page)).ids;
    assert.ok(first.includes('raqqa-mosul-fallen'), first.join());
    await page.click('a[data-story="libya"]');
    const second = await waitFor(
      async () => {
        const { ids } = await overlayState(page);
        return ids.includes('libya-gateway') ? ids : null;
      },
      { timeout: 8000 },
    );
    assert.ok(!second.includes('raqqa-mosul-fallen'));
    assert.equal(await page.evaluate(() => document.querySelectorAll('context-margin').length), 1);
    await shot(env, page, 'spa-libya');
    await page.close();
  });
});
