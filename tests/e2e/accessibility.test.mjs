import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, lowContrastInOverlay } from './lib/accessibility.mjs';
import { clickInOverlay, noteRects, openTermCard, waitForNotes } from './lib/overlay.mjs';
import { ensureOverlay } from './lib/overlay-control.mjs';
import { openFixture, openPopupFor, tabState } from './lib/popup-pages.mjs';
import { forEachBrowser, openPage, waitFor } from './lib/suite.mjs';

// axe-core's rules and WCAG AA contrast on what the reader sees of ours: the overlay on light, dark
// and right-to-left pages, with a term card open, in a narrow window (markers, a note's card, the
// notes panel), and the popup.

const OVERLAY = ['context-margin'];
const VIEWPORT = { viewport: { width: 1400, height: 900 } };

forEachBrowser('accessibility', (env) => {
  for (const fixture of ['overlay-long-en.html', 'overlay-dark-en.html', 'is-article-ar.html']) {
    test(`the overlay on ${fixture}: no axe violation, every text at AA contrast`, async () => {
      const url = env.server.url(`/${fixture}`);
      const page = await openPage(env, url, VIEWPORT);
      await ensureOverlay(env, page, url);
      await waitForNotes(page, 1);
      assert.deepEqual(await axeViolations(page, OVERLAY), []);
      assert.deepEqual(await lowContrastInOverlay(page), []);
      await page.close();
    });
  }

  test('a term card opened from the keyboard: no axe violation, every text at AA contrast', async () => {
    const url = env.server.url('/overlay-long-en.html');
    const page = await openPage(env, url, VIEWPORT);
    await ensureOverlay(env, page, url);
    await waitForNotes(page, 1);
    let open = null;
    for (let i = 0; i < 20 && !open; i++) {
      await page.keyboard.press('Tab');
      open = await waitFor(() => openTermCard(page), { timeout: 300 }).catch(() => null);
    }
    assert.ok(open, 'Tab opens a term card');
    assert.deepEqual(await axeViolations(page, OVERLAY), []);
    assert.deepEqual(await lowContrastInOverlay(page), []);
    await page.close();
  });

  test('a narrow window: markers, a note card open, then the notes panel: no axe violation, AA contrast', async () => {
    const url = env.server.url('/overlay-long-en.html');
    const page = await openPage(env, url, { viewport: { width: 760, height: 900 } });
    await ensureOverlay(env, page, url);
    await waitForNotes(page, 1);
    const [first] = await noteRects(page);
    assert.equal(first.kind, 'marker');
    assert.deepEqual(await axeViolations(page, OVERLAY), []);
    await page.evaluate((id) => {
      const root = document.querySelector('context-margin').shadowRoot;
      root.querySelector(`[data-note-id="${id}"]`).scrollIntoView({ block: 'center' });
    }, first.id);
    await clickInOverlay(page, `.cm-marker[data-note-id="${first.id}"]`);
    await waitFor(() =>
      page.evaluate(
        () => !!document.querySelector('context-margin').shadowRoot.querySelector('[data-card-note-id]'),
      ),
    );
    assert.deepEqual(await axeViolations(page, OVERLAY), []);
    assert.deepEqual(await lowContrastInOverlay(page), []);
    await page.keyboard.press('Escape');
    await clickInOverlay(page, '.cm-tool--count');
    await waitFor(() =>
      page.evaluate(() => !!document.querySelector('context-margin').shadowRoot.querySelector('#cm-panel')),
    );
    assert.deepEqual(await axeViolations(page, OVERLAY), []);
    assert.deepEqual(await lowContrastInOverlay(page), []);
    await page.close();
  });

  test('the popup on a detected article: no axe violation', async () => {
    const { page, helper, tabId } = await openFixture(env, 'is-article-en.html');
    const ext = await openPopupFor(env, tabId);
    await waitFor(async () => (await tabState(ext)) === 'detected');
    assert.deepEqual(await axeViolations(ext), []);
    await Promise.all([ext.close(), helper.close(), page.close()]);
  });
});
