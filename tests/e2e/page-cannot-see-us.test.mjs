// Issue #18, from the page's side, in real browsers: with the extension on, off, and on a page it
// lets go, the page receives no message or event from us and finds no trace; spoofed WXT events
// change nothing; a page-defined <context-margin> neither breaks the overlay nor loses its own
// elements; removing our host mounts it once more, then tears down cleanly.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { newTab } from '../../scripts/lib/browsers.mjs';
import { askGate, openExtensionPage, statusOf, tabIdOf } from '../../scripts/lib/extension-pages.mjs';
import { FIXTURES, forEachBrowser, sleep, waitFor } from './lib/suite.mjs';

// The fixture server knows no XML type; the feed is served as XML from memory.
const FEED = { body: readFileSync(`${FIXTURES}/hostile-feed-en.xml`, 'utf8'), type: 'application/xml' };

/** The runtime id the page would have seen in WXT's announcement. */
const runtimeId = (env) =>
  env.name === 'firefox' ? 'context-margin@example.org' : new URL(env.extensionOrigin).host;

const storage = (ext, area, items) =>
  ext.evaluate((a, i) => (globalThis.browser ?? globalThis.chrome).storage[a].set(i), area, items);
const resetStorage = (ext) =>
  ext.evaluate(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    await api.storage.sync.clear();
    await api.storage.local.clear();
  });

/** What the page saw (see tests/fixtures/pages/hostile-spy.js). */
const spyReport = (page) =>
  page.evaluate(() => ({
    seen: window.__spy.seen,
    newGlobals: window.__spy.newGlobals(),
    domAsParsed: document.documentElement.outerHTML === window.__spy.parsed,
  }));

/** Our host: the one we append to the root element (a page may have its own <context-margin>). */
const ourView = (page) =>
  page.evaluate(() => {
    const last = document.documentElement.lastElementChild;
    const host = last?.localName === 'context-margin' && !last.classList.contains('page-own') ? last : null;
    return {
      host: Boolean(host),
      notes: host?.shadowRoot?.querySelectorAll('[data-note-id]').length ?? 0,
      highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith('context-margin')).length,
      pageOwn: [...document.querySelectorAll('context-margin.page-own')].map(
        (el) => `${el.id}:${el.shadowRoot?.textContent ?? ''}:${el.isConnected}`,
      ),
    };
  });

forEachBrowser(
  'the page cannot see, steer or break us',
  (env) => {
    async function open(fixture) {
      const url = env.server.url(`/${fixture}?id=${encodeURIComponent(runtimeId(env))}`);
      const page = await newTab(env);
      await page.goto(url, { waitUntil: 'load' });
      // A popup for no tab: one for the active tab would ask the page, and wake a gate, at the reader's word.
      const ext = await openExtensionPage(env, 'popup.html?tabId=-1', '[data-testid="popup"]');
      const tabId = await waitFor(() => tabIdOf(ext, url));
      // A background tab gets no animation frames, and the notes are placed in one.
      await page.bringToFront();
      const status = (inject = false) => statusOf(ext, tabId, { inject });
      const close = () => Promise.all([page.close(), ext.close()]);
      return { page, ext, tabId, status, close };
    }

    test('extension on, article about the group: no message, event or global reaches the page', async () => {
      const { page, status, close } = await open('hostile-spy-article-en.html');
      await waitFor(async () => (await status())?.overlayVisible);
      await sleep(800);
      const report = await spyReport(page);
      assert.deepEqual(report.seen, []);
      assert.deepEqual(report.newGlobals, []);
      await close();
    });

    test('a page it lets go: the gate wakes on the metadata, decides no, and leaves no trace', async () => {
      const { page, status, close } = await open('hostile-spy-meta-only-en.html');
      const first = await waitFor(async () => (await status())?.detection ?? null);
      assert.equal(first.about, false);
      await sleep(500);
      assert.deepEqual(await spyReport(page), { seen: [], newGlobals: [], domAsParsed: true });
      await close();
    });

    test('extension off: no gate is woken, the page sees nothing', async () => {
      const helper = await openExtensionPage(env, 'popup.html?tabId=-1', '[data-testid="popup"]');
      await storage(helper, 'sync', { enabled: false });
      try {
        for (const fixture of ['hostile-spy-meta-only-en.html', 'hostile-spy-article-en.html']) {
          const { page, status, close } = await open(fixture);
          await sleep(3200);
          // No gate answers: the background read the setting before injecting anything.
          assert.equal(await status(false), null, fixture);
          assert.deepEqual(await spyReport(page), { seen: [], newGlobals: [], domAsParsed: true }, fixture);
          await close();
        }
      } finally {
        await resetStorage(helper);
        await helper.close();
      }
    });

    test('spoofed WXT events change nothing, not even a "show anyway"', async () => {
      const { page, status, close } = await open('hostile-spy-article-en.html');
      const before = await waitFor(async () => {
        const s = await status();
        return s?.overlayVisible && s.notes > 0 ? s : null;
      });
      await page.evaluate(() => window.__spy.spoof());
      await sleep(2500);
      const after = await status();
      assert.equal(after.overlayVisible, true, 'still visible');
      assert.equal(after.overlayLoaded, true, 'still loaded');
      assert.equal(after.notes, before.notes, 'same notes');
      assert.equal((await ourView(page)).host, true, 'host still there');
      await close();

      const other = await open('hostile-spy-meta-only-en.html');
      await waitFor(async () => (await other.status())?.detection);
      const forced = await askGate(other.ext, other.tabId, {
        type: 'set-overlay',
        visible: true,
        force: true,
      });
      assert.equal(forced.ok, true);
      await waitFor(async () => (await other.status())?.overlayVisible);
      await other.page.evaluate(() => window.__spy.spoof());
      await sleep(2500);
      const still = await other.status();
      assert.equal(still.overlayVisible, true, 'forced overlay still visible');
      assert.equal(still.forced, true, 'still forced');
      await other.close();
    });

    test('a page-defined <context-margin>: our overlay works and the page keeps its own elements', async () => {
      const { page, ext, tabId, status, close } = await open('hostile-own-element-en.html');
      const pageOwn = ['page-own-1:page widget:true', 'page-own-2:page widget:true'];
      assert.deepEqual((await ourView(page)).pageOwn, pageOwn);
      const shown = await waitFor(async () => {
        const s = await status();
        return s?.overlayVisible && s.notes > 0 ? s : null;
      });
      const view = await waitFor(async () => {
        const v = await ourView(page);
        return v.host && v.notes > 0 ? v : null;
      });
      assert.equal(view.notes, shown.notes);
      assert.deepEqual(view.pageOwn, pageOwn);
      await askGate(ext, tabId, { type: 'set-overlay', visible: false });
      await waitFor(async () => !(await ourView(page)).host);
      const hidden = await ourView(page);
      assert.equal(hidden.highlights, 0);
      assert.deepEqual(hidden.pageOwn, pageOwn);
      await askGate(ext, tabId, { type: 'set-overlay', visible: true });
      await waitFor(async () => (await ourView(page)).notes > 0);
      assert.deepEqual((await ourView(page)).pageOwn, pageOwn);
      await close();
    });

    for (const path of ['hostile-svg-en.svg', 'hostile-feed.xml']) {
      test(`${path}: "show anyway" fails safely, nothing added, status not visible`, async () => {
        const url = env.server.url(`/${path}`);
        const page = await newTab(env);
        const errors = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        await page.goto(url, { waitUntil: 'load' });
        const before = await page.evaluate(() => document.documentElement.outerHTML);
        const ext = await openExtensionPage(env, 'popup.html?tabId=-1', '[data-testid="popup"]');
        const tabId = await waitFor(() => tabIdOf(ext, url));
        await page.bringToFront();
        const reply = await askGate(ext, tabId, { type: 'set-overlay', visible: true, force: true });
        await sleep(2000);
        // Where the browser lets the gate in, it answers and the overlay refuses the document.
        if (reply.ok)
          assert.equal((await statusOf(ext, tabId, { inject: false }))?.overlayVisible ?? false, false);
        assert.equal(await page.evaluate(() => document.getElementsByTagName('context-margin').length), 0);
        assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
        assert.deepEqual(errors, []);
        await Promise.all([page.close(), ext.close()]);
      });
    }

    test('removing our host: mounted once more, then a clean teardown', async () => {
      const { page, status, close } = await open('hostile-spy-article-en.html');
      await waitFor(async () => (await status())?.overlayVisible);
      await waitFor(async () => (await ourView(page)).notes > 0);
      const removeOurs = () => page.evaluate(() => document.documentElement.lastElementChild.remove());
      await removeOurs();
      await waitFor(async () => (await ourView(page)).notes > 0);
      assert.equal((await status()).overlayVisible, true);
      await removeOurs();
      const after = await waitFor(async () => {
        const s = await status();
        return s && !s.overlayVisible ? s : null;
      });
      assert.equal(after.notes, 0);
      const view = await ourView(page);
      assert.equal(view.host, false);
      assert.equal(view.highlights, 0);
      assert.equal(
        await page.evaluate(() => document.documentElement.outerHTML === window.__spy.parsed),
        true,
      );
      await close();
    });
  },
  { serve: { routes: { '/hostile-feed.xml': FEED } } },
);
