import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newTab } from '../../scripts/lib/browsers.mjs';
import { openExtensionPage, statusOf, tabIdOf } from '../../scripts/lib/extension-pages.mjs';
import { forEachBrowser, sleep, waitFor } from './lib/suite.mjs';

// The privacy promise, checked from the browser's side: with the extension at work on an article
// about the Islamic State, every request goes to the page's own server or to the extension itself.
forEachBrowser('privacy', (env) => {
  test('no request leaves the page origin or the extension', async () => {
    const page = await newTab(env);
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    const url = env.server.url('/is-article-en.html');
    await page.goto(url, { waitUntil: 'load' });
    const ext = await openExtensionPage(env, 'popup.html');
    ext.on('request', (request) => requests.push(request.url()));
    const tabId = await waitFor(() => tabIdOf(ext, url));
    await waitFor(() => statusOf(ext, tabId));
    await sleep(1000);
    const allowed = (u) =>
      u.startsWith(env.server.origin) ||
      u.startsWith(env.extensionOrigin) ||
      u.startsWith('data:') ||
      u === 'about:blank';
    const outside = requests.filter((u) => !allowed(u));
    assert.deepEqual(outside, []);
    assert.ok(
      requests.some((u) => u.startsWith(env.server.origin)),
      'the recorder saw the page load',
    );
    await page.close();
    await ext.close();
  });
});
