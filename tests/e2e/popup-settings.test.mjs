import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statusOf, tabIdOf } from '../../scripts/lib/extension-pages.mjs';
import { openExtension, openPopupFor, tabState } from './lib/popup-pages.mjs';
import { forEachBrowser, openPage, waitFor } from './lib/suite.mjs';

// Every setting changed through the popup's form reaches an open tab at once, without a reload.

const resetSettings = (ext) =>
  ext.evaluate(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    await api.storage.sync.clear();
    await api.storage.local.clear();
  });

/** What the overlay shows in the page: side notes in its shadow root, its theme, the page's highlights. */
const overlayView = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('context-margin')?.shadowRoot;
    return {
      hosts: document.querySelectorAll('context-margin').length,
      sideNotes: root?.querySelectorAll('.cm-side-note').length ?? 0,
      theme: root?.querySelector('[data-theme]')?.getAttribute('data-theme') ?? null,
      highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith('context-margin')).length,
    };
  });

forEachBrowser('popup settings apply live', (env) => {
  /**
   * `painted`: wait until the overlay has drawn its side notes before another tab hides the page.
   * Chromium runs no animation frame in a hidden tab, and the overlay measures the page in one: an
   * article first opened in a background tab is measured once it is shown, as a reader would see it.
   */
  async function openWithPopup(fixture, { painted = false } = {}) {
    const url = env.server.url(`/${fixture}`);
    const page = await openPage(env, url);
    if (painted) await waitFor(async () => (await overlayView(page)).sideNotes > 2);
    const helper = await openExtension(env, 'popup.html', '[data-testid="popup"]');
    const tabId = await waitFor(() => tabIdOf(helper, url));
    await helper.close();
    const ext = await openPopupFor(env, tabId);
    const until = async (check) => {
      let last;
      try {
        return await waitFor(async () => {
          last = [await statusOf(ext, tabId), await overlayView(page)];
          return check(...last);
        });
      } catch (error) {
        throw new Error(`${error.message}\n  waiting for ${check}\n  last: ${JSON.stringify(last)}`);
      }
    };
    return { page, ext, tabId, until };
  }

  test('kinds, highlights, side notes, maximum, theme and on/off', async () => {
    const { page, ext, until } = await openWithPopup('is-article-en.html', { painted: true });
    try {
      const full = await until((s) => (s?.notes > 2 && s.terms > 0 ? s : null));

      for (const kind of ['argument', 'claim', 'prediction']) await ext.click(`#setting-kind-${kind}`);
      await until((s, view) => s.notes === 0 && view.sideNotes === 0);
      // The reader turned the notes off: the popup must not say that no claim fits the article.
      assert.equal(await ext.$('[data-testid="no-notes"]'), null);
      // Clicks land where the person aims: the status above the form settles before the next one.
      await ext.click('#setting-kind-argument');
      await until((s) => s.notes > 0);
      await waitFor(async () => (await ext.$('[data-testid="no-notes"]')) === null);
      for (const kind of ['claim', 'prediction']) await ext.click(`#setting-kind-${kind}`);
      await until((s, view) => s.notes === full.notes && s.terms === full.terms && view.highlights > 0);

      await ext.click('#setting-highlights');
      await until((s, view) => s.terms === 0 && view.highlights === 0);
      await ext.click('#setting-highlights');
      await until((s, view) => s.terms === full.terms && view.highlights > 0);

      await ext.click('#setting-margin');
      await until((_, view) => view.sideNotes === 0 && view.hosts === 1);
      await ext.click('#setting-margin');
      await until((_, view) => view.sideNotes === full.notes);

      // Select the field's text, then type over it as a person would.
      await ext.$eval('#setting-max-notes', (input) => {
        input.focus();
        input.select();
      });
      await ext.keyboard.type('2');
      await until((s, view) => s.notes === 2 && view.sideNotes === 2);

      await ext.select('#setting-theme', 'dark');
      await until((_, view) => view.theme === 'dark');
      assert.equal(await ext.$eval('[data-testid="popup"]', (el) => el.dataset.theme), 'dark');

      await ext.click('#setting-enabled');
      await until(
        (s, view) => !s.overlayLoaded && s.enabled === false && view.hosts === 0 && view.highlights === 0,
      );
      // The popup's own status changes shape when the extension is off: click once it has.
      await waitFor(() => ext.$('[data-testid="show-anyway"]'));
      await ext.click('#setting-enabled');
      await until((s, view) => s.overlayLoaded && view.hosts === 1 && s.notes === 2);
    } finally {
      await resetSettings(ext);
      await Promise.all([ext.close(), page.close()]);
    }
  });

  test('sensitivity: a borderline story is annotated under "broad" only', async () => {
    const { page, ext, until } = await openWithPopup('borderline-en.html');
    try {
      await waitFor(async () => (await tabState(ext)) === 'not-detected');
      await ext.click('input[name="sensitivity"][value="broad"]');
      await until((s, view) => s.detection?.about && s.overlayLoaded && view.hosts === 1);
      await waitFor(async () => (await tabState(ext)) === 'detected');
      // The status panel grows once the overlay reports its counts: click after that, not during it.
      await waitFor(() => ext.$('[data-testid="counts"]'));
      await ext.click('input[name="sensitivity"][value="normal"]');
      await until((s, view) => s.detection?.about === false && !s.overlayLoaded && view.hosts === 0);
    } finally {
      await resetSettings(ext);
      await Promise.all([ext.close(), page.close()]);
    }
  });
  test('settings stored by the older version are honoured at once and rewritten by the popup', async () => {
    const helper = await openExtension(env, 'popup.html', '[data-testid="popup"]');
    const storage = (action, value) =>
      helper.evaluate(
        async (act, items) => {
          const api = globalThis.browser ?? globalThis.chrome;
          if (act === 'set') return api.storage.sync.set(items);
          return { ...(await api.storage.sync.get(null)), local: await api.storage.local.get(null) };
        },
        action,
        value,
      );
    // Version 1: the sites as the typed string, the kinds as a list, no version metadata.
    await storage('set', { disabledSites: 'example.org, 127.0.0.1', kinds: ['argument'] });
    const { page, ext, until } = await openWithPopup('is-article-en.html');
    try {
      await until((s, view) => s.siteDisabled && !s.overlayLoaded && view.hosts === 0);
      const stored = await waitFor(async () => {
        const all = await storage('get');
        return all.local.disabledSites$?.v === 2 && all.kinds$?.v === 2 ? all : null;
      });
      // The site list moved from the reader's account into this browser (issue #18).
      assert.deepEqual(stored.local.disabledSites, ['example.org', '127.0.0.1']);
      assert.equal(stored.disabledSites, undefined);
      assert.deepEqual(stored.kinds, { argument: true, claim: false, prediction: false });
      assert.equal(await ext.$eval('#setting-kind-claim', (input) => input.checked), false);
    } finally {
      await resetSettings(ext);
      await Promise.all([ext.close(), helper.close(), page.close()]);
    }
  });
});
