import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, lowContrastInOverlay } from './lib/accessibility.mjs';
import { clickInOverlay, noteRects, openTermCard } from './lib/overlay.mjs';
import { openWithNotes } from './lib/overlay-control.mjs';
import { openFixture, openPopupFor, tabState } from './lib/popup-pages.mjs';
import { forEachBrowser, waitFor } from './lib/suite.mjs';

// axe-core's rules and WCAG AA contrast on what the reader sees of ours: the overlay on light, dark
// and right-to-left pages, with a term card open, in a narrow window (markers, a note's card, the
// notes panel), and the popup.

const OVERLAY = ['context-margin'];
const WIDE = { width: 1400, height: 900 };

/** No axe violation in the overlay, and every text of it at AA contrast. */
async function assertAccessible(page) {
  assert.deepEqual(await axeViolations(page, OVERLAY), []);
  assert.deepEqual(await lowContrastInOverlay(page), []);
}

/** Waits until `selector` matches inside the overlay's shadow root. */
const shownInOverlay = (page, selector) =>
  waitFor(() =>
    page.evaluate((s) => !!document.querySelector('context-margin').shadowRoot.querySelector(s), selector),
  );

forEachBrowser('accessibility', (env) => {
  /** `fixture` open at `viewport` with the overlay showing its notes. */
  async function overlayOn(fixture, viewport = WIDE) {
    const { page } = await openWithNotes(env, `/${fixture}`, { viewport });
    return page;
  }

  for (const fixture of ['overlay-long-en.html', 'overlay-dark-en.html', 'is-article-ar.html']) {
    test(`the overlay on ${fixture}: no axe violation, every text at AA contrast`, async () => {
      const page = await overlayOn(fixture);
      await assertAccessible(page);
      await page.close();
    });
  }

  test('a term card opened from the keyboard: no axe violation, every text at AA contrast', async () => {
    const page = await overlayOn('overlay-long-en.html');
    let open = null;
    for (let i = 0; i < 20 && !open; i++) {
      await page.keyboard.press('Tab');
      open = await waitFor(() => openTermCard(page), { timeout: 300 }).catch(() => null);
    }
    assert.ok(open, 'Tab opens a term card');
    await assertAccessible(page);
    await page.close();
  });

  test('a narrow window: markers, a note card open, then the notes panel: no axe violation, AA contrast', async () => {
    const page = await overlayOn('overlay-long-en.html', { width: 760, height: 900 });
    const [first] = await noteRects(page);
    assert.equal(first.kind, 'marker');
    assert.deepEqual(await axeViolations(page, OVERLAY), []);
    await page.evaluate((id) => {
      const root = document.querySelector('context-margin').shadowRoot;
      root.querySelector(`[data-note-id="${id}"]`).scrollIntoView({ block: 'center' });
    }, first.id);
    await clickInOverlay(page, `.cm-marker[data-note-id="${first.id}"]`);
    await shownInOverlay(page, '[data-card-note-id]');
    await assertAccessible(page);
    await page.keyboard.press('Escape');
    await clickInOverlay(page, '.cm-tool--count');
    await shownInOverlay(page, '#cm-panel');
    await assertAccessible(page);
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
