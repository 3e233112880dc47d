import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statusOf } from '../../scripts/lib/extension-pages.mjs';
import { openFixture, overlayHosts } from './lib/popup-pages.mjs';
import { forEachBrowser, sleep, waitFor } from './lib/suite.mjs';

// The sniffer and the gate on client-rendered pages: an article that arrives after document_idle, and
// one swapped in by an in-page navigation, both get the overlay without a reload or a click on the popup.

forEachBrowser('gate on client-rendered pages', (env) => {
  const open = (query) => openFixture(env, `gate-late-spa-en.html${query}`);

  test('an article rendered a second after load gets the overlay', async () => {
    const { page, helper, tabId } = await open('?story=sirte&late=1000');
    const status = await waitFor(async () => {
      const s = await statusOf(helper, tabId);
      return s?.overlayLoaded ? s : null;
    });
    assert.equal(status.detection.about, true);
    assert.equal(status.forced, false);
    assert.equal(await overlayHosts(page), 1);
    await Promise.all([helper.close(), page.close()]);
  });

  test('a front page stays untouched until an in-page link opens an article', async () => {
    const { page, helper, tabId } = await open('?story=front');
    await sleep(3000);
    // Only the sniffer ran: no gate answers, no overlay.
    assert.equal(await statusOf(helper, tabId, { inject: false }), null);
    assert.equal(await overlayHosts(page), 0);
    await page.bringToFront();
    await page.click('a[data-story="sirte"]');
    // The sniffer sees the navigation and wakes the gate, which brings the overlay.
    await waitFor(async () => (await overlayHosts(page)) === 1);
    assert.equal((await statusOf(helper, tabId, { inject: false }))?.overlayLoaded, true);
    await Promise.all([helper.close(), page.close()]);
  });

  test('a page that does not name the group runs the sniffer only; the popup still gets an answer', async () => {
    const { page, helper, tabId } = await openFixture(env, 'not-about-is-en.html');
    await sleep(500);
    assert.equal(await statusOf(helper, tabId, { inject: false }), null);
    const status = await statusOf(helper, tabId);
    assert.equal(status.overlayLoaded, false);
    assert.equal(status.detection.about, false);
    await Promise.all([helper.close(), page.close()]);
  });
});
