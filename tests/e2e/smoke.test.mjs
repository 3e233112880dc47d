import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openExtensionPage, statusOf, tabIdOf } from '../../scripts/lib/extension-pages.mjs';
import { forEachBrowser, openPage, waitFor } from './lib/suite.mjs';

forEachBrowser('smoke', (env) => {
  test('the content script runs on a web page and answers status', async () => {
    const url = env.server.url('/not-about-is-en.html');
    const page = await openPage(env, url);
    const ext = await openExtensionPage(env, 'popup.html', '[data-testid="popup"]');
    const tabId = await waitFor(() => tabIdOf(ext, url));
    const status = await waitFor(() => statusOf(ext, tabId));
    assert.equal(typeof status.overlayLoaded, 'boolean');
    await page.close();
    await ext.close();
  });

  test('the popup renders with Preact', async () => {
    const ext = await openExtensionPage(env, 'popup.html', '[data-testid="popup"]');
    const text = await ext.$eval('[data-testid="popup"]', (el) => el.textContent);
    assert.ok(text && text.length > 0);
    await ext.close();
  });
});
