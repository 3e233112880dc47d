import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statusOf, tabIdOf } from './lib/browsers.mjs';
import { openExtension } from './lib/popup-pages.mjs';
import { forEachBrowser, openPage, sleep, waitFor } from './lib/suite.mjs';

// The every-page gate on client-rendered pages: an article that arrives after document_idle, and one
// swapped in by an in-page navigation, both get the overlay without a reload or a click on the popup.

const overlayHosts = (page) => page.evaluate(() => document.querySelectorAll('context-margin').length);

forEachBrowser('gate on client-rendered pages', (env) => {
  async function open(query) {
    const url = env.server.url(`/gate-late-spa-en.html${query}`);
    const page = await openPage(env, url);
    const helper = await openExtension(env, 'popup.html', '[data-testid="popup"]');
    const tabId = await waitFor(() => tabIdOf(helper, url));
    return { page, helper, tabId };
  }

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
    const url = env.server.url('/not-about-is-en.html');
    const page = await openPage(env, url);
    const helper = await openExtension(env, 'popup.html', '[data-testid="popup"]');
    const tabId = await waitFor(() => tabIdOf(helper, url));
    await sleep(500);
    assert.equal(await statusOf(helper, tabId, { inject: false }), null);
    const status = await statusOf(helper, tabId);
    assert.equal(status.overlayLoaded, false);
    assert.equal(status.detection.about, false);
    await Promise.all([helper.close(), page.close()]);
  });
});
