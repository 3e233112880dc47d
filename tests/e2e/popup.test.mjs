import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newTab } from '../../scripts/lib/browsers.mjs';
import { statusOf } from '../../scripts/lib/extension-pages.mjs';
import { openExtension, openFixture, openPopupFor, overlayHosts, tabState } from './lib/popup-pages.mjs';
import { forEachBrowser, waitFor } from './lib/suite.mjs';

// The popup opened as a tab with ?tabId=N controls tab N, exactly as the toolbar popup controls the
// active tab. Settings persist across tests in one browser, so the site is turned on again at the end.

const badgeOf = (ext, tabId) =>
  ext.evaluate(async (id) => {
    const api = globalThis.browser ?? globalThis.chrome;
    return (api.action ?? api.browserAction).getBadgeText({ tabId: id });
  }, tabId);

forEachBrowser('popup', (env) => {
  test('shows a detected article with reasons, notes and terms, and the badge counts the notes', async () => {
    const { page, helper, tabId } = await openFixture(env, 'is-article-en.html');
    const status = await waitFor(async () => {
      const s = await statusOf(helper, tabId);
      return s?.overlayLoaded && s.notes > 0 ? s : null;
    });
    const ext = await openPopupFor(env, tabId);
    await waitFor(async () => (await tabState(ext)) === 'detected');
    const reasons = await ext.$$eval('[data-testid="reasons"] li', (lis) => lis.map((li) => li.textContent));
    assert.deepEqual(reasons, status.detection.reasons.slice(0, 4));
    const counts = await ext.$eval('[data-testid="counts"]', (el) => el.textContent);
    assert.match(counts, new RegExp(`^${status.notes} notes? placed · ${status.terms} terms? highlighted`));
    assert.equal(await waitFor(async () => (await badgeOf(ext, tabId)) || null), String(status.notes));
    await Promise.all([ext.close(), helper.close(), page.close()]);
  });

  test('on a detected article where no note matched a paragraph, the popup and the toolbar say why', async () => {
    const { page, helper, tabId } = await openFixture(env, 'no-notes-en.html');
    await waitFor(async () => (await statusOf(helper, tabId))?.overlayLoaded);
    const ext = await openPopupFor(env, tabId);
    await waitFor(async () => (await tabState(ext)) === 'detected');
    assert.match(await ext.$eval('[data-testid="counts"]', (el) => el.textContent), /^0 notes placed/);
    const why = await waitFor(() =>
      ext.evaluate(() => document.querySelector('[data-testid="no-notes"]')?.textContent ?? null),
    );
    assert.match(why, /no side notes/);
    const title = await waitFor(() =>
      page.evaluate(
        () =>
          document.querySelector('context-margin')?.shadowRoot?.querySelector('.cm-tool--count')?.title ||
          null,
      ),
    );
    assert.match(title, /No paragraph of this article matches/);
    await Promise.all([ext.close(), helper.close(), page.close()]);
  });

  test('"show anyway" brings the overlay to a page that was not detected', async () => {
    const { page, helper, tabId } = await openFixture(env, 'not-about-is-en.html');
    await helper.close();
    const ext = await openPopupFor(env, tabId);
    await waitFor(async () => (await tabState(ext)) === 'not-detected');
    assert.equal(await overlayHosts(page), 0);
    await ext.click('[data-testid="show-anyway"]');
    const status = await waitFor(async () => {
      const s = await statusOf(ext, tabId);
      return s?.overlayLoaded && s.overlayVisible ? s : null;
    });
    assert.equal(status.forced, true);
    assert.equal(status.detection.about, false);
    assert.equal(await overlayHosts(page), 1);
    await waitFor(() => ext.$('[data-testid="toggle-overlay"]'));
    await Promise.all([ext.close(), page.close()]);
  });

  test('the toggle command handler hides and shows the overlay on the tab', async () => {
    const { page, helper, tabId } = await openFixture(env, 'is-article-en.html');
    await waitFor(async () => (await statusOf(helper, tabId))?.overlayVisible);
    const runToggle = () =>
      helper.evaluate(async (id) => {
        const api = globalThis.browser ?? globalThis.chrome;
        return api.runtime.sendMessage({ type: 'run-command', command: 'toggle-overlay', tabId: id });
      }, tabId);
    const hidden = await runToggle();
    assert.equal(hidden.overlayVisible, false);
    assert.equal((await statusOf(helper, tabId)).overlayVisible, false);
    const shown = await runToggle();
    assert.equal(shown.overlayVisible, true);
    await Promise.all([helper.close(), page.close()]);
  });

  test('"turn off on this site" removes the overlay at once and after a reload, and "turn on" restores it', async () => {
    const { page, helper, tabId } = await openFixture(env, 'is-article-en.html');
    await waitFor(async () => (await statusOf(helper, tabId))?.overlayLoaded);
    await helper.close();
    const ext = await openPopupFor(env, tabId);
    await waitFor(() => ext.$('[data-testid="disable-site"]'));
    await ext.click('[data-testid="disable-site"]');
    await waitFor(async () => {
      const s = await statusOf(ext, tabId);
      return s?.siteDisabled && !s.overlayLoaded;
    });
    assert.equal(await overlayHosts(page), 0);
    assert.equal(await badgeOf(ext, tabId), '');

    await page.reload({ waitUntil: 'load' });
    const afterReload = await waitFor(() => statusOf(ext, tabId));
    assert.equal(afterReload.siteDisabled, true);
    assert.equal(afterReload.overlayLoaded, false);
    assert.equal(await overlayHosts(page), 0);

    await waitFor(() => ext.$('[data-testid="enable-site"]'));
    await ext.click('[data-testid="enable-site"]');
    await waitFor(async () => (await statusOf(ext, tabId))?.overlayLoaded);
    assert.equal(await overlayHosts(page), 1);
    await Promise.all([ext.close(), page.close()]);
  });

  test("the settings stay where they are while the tab's buttons change the lines above them", async () => {
    const { page, helper, tabId } = await openFixture(env, 'is-article-en.html');
    await waitFor(async () => (await statusOf(helper, tabId))?.overlayLoaded);
    await helper.close();
    const ext = await openPopupFor(env, tabId);
    try {
      await waitFor(() => ext.$('[data-testid="counts"]'));
      const settingsTop = () => ext.$eval('form.settings', (form) => form.getBoundingClientRect().top);
      const tops = [await settingsTop()];
      const countsSay = (pattern) =>
        ext.evaluate(
          (source) =>
            new RegExp(source).test(document.querySelector('[data-testid="counts"]')?.textContent ?? ''),
          pattern.source,
        );
      const clickThenWait = async (button, shown) => {
        await ext.click(`[data-testid="${button}"]`);
        await waitFor(shown);
        tops.push(await settingsTop());
      };
      // Hidden: the counts line says so; site off: the counts go and "off on this site" comes.
      await clickThenWait('toggle-overlay', () => countsSay(/hidden/));
      await clickThenWait('toggle-overlay', () => countsSay(/^(?!.*hidden).*highlighted/));
      await clickThenWait('disable-site', () => ext.$('[data-testid="enable-site"]'));
      await clickThenWait('enable-site', () => ext.$('[data-testid="counts"]'));
      assert.deepEqual(tops, Array(tops.length).fill(tops[0]), `settings moved: ${tops.join(', ')}`);
    } finally {
      await Promise.all([ext.close(), page.close()]);
    }
  });

  test('says "not a web page" for a tab where no content script runs', async () => {
    const blank = await newTab(env);
    const helper = await openExtension(env, 'popup.html', '[data-testid="popup"]');
    const tabId = await waitFor(() =>
      helper.evaluate(async () => {
        const api = globalThis.browser ?? globalThis.chrome;
        const tabs = await api.tabs.query({});
        const own = await api.tabs.getCurrent();
        return (
          tabs.find((t) => t.id !== own?.id && !t.url?.startsWith('http') && t.active === false)?.id ?? null
        );
      }),
    );
    const ext = await openPopupFor(env, tabId);
    await waitFor(async () => (await tabState(ext)) === 'not-web-page');
    await Promise.all([ext.close(), helper.close(), blank.close()]);
  });

  test('the popup fits 360 px without scrollbars', async () => {
    const { page, helper, tabId } = await openFixture(env, 'is-article-en.html');
    await waitFor(async () => (await statusOf(helper, tabId))?.overlayLoaded);
    await helper.close();
    const ext = await openPopupFor(env, tabId, { width: 360, height: 600 });
    await waitFor(async () => (await tabState(ext)) === 'detected');
    const box = await ext.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      scrollHeight: document.documentElement.scrollHeight,
      popupWidth: document.querySelector('[data-testid="popup"]').getBoundingClientRect().width,
    }));
    assert.ok(box.scrollWidth <= 360, `scrollWidth ${box.scrollWidth}`);
    assert.ok(box.scrollWidth <= box.clientWidth, `horizontal overflow ${JSON.stringify(box)}`);
    assert.ok(box.scrollHeight <= 600, `taller than a popup: ${box.scrollHeight}px`);
    assert.equal(Math.round(box.popupWidth), 360);
    // Keyboard: Tab reaches the first action, and the focus is visible.
    await ext.keyboard.press('Tab');
    const focus = await ext.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { testid: el.dataset.testid, outline: style.outlineStyle, width: style.outlineWidth };
    });
    assert.equal(focus.testid, 'toggle-overlay');
    assert.notEqual(focus.outline, 'none');
    assert.notEqual(focus.width, '0px');
    await Promise.all([ext.close(), page.close()]);
  });
  test('the real toolbar popup controls the active tab and fits without scrollbars', async (t) => {
    if (env.name !== 'chromium') return t.skip('only Chromium lets a test open the toolbar popup');
    const { page, helper, tabId } = await openFixture(env, 'is-article-en.html');
    await waitFor(async () => (await statusOf(helper, tabId))?.notes > 0);
    await helper.close();
    await page.bringToFront();
    const id = env.extensionOrigin.split('//')[1];
    const opened = env.browser.waitForTarget((target) => target.url().includes('/popup.html'), {
      timeout: 10_000,
    });
    await (await env.browser.extensions()).get(id).triggerAction(page);
    const popup = await (await opened).asPage();
    await popup.waitForSelector('[data-testid="counts"]', { timeout: 10_000 });
    const measure = () =>
      popup.evaluate(() => ({
        width: innerWidth,
        height: innerHeight,
        scrollWidth: document.documentElement.scrollWidth,
        scrollHeight: document.documentElement.scrollHeight,
      }));
    // The browser resizes the popup window to its content a moment after the content changes.
    const fits = (b) => b.scrollWidth <= b.width && b.scrollHeight <= b.height;
    const box = await waitFor(
      async () => {
        const b = await measure();
        return fits(b) ? b : null;
      },
      { timeout: 3000 },
    ).catch(measure);
    assert.equal(box.width, 360);
    assert.ok(fits(box), JSON.stringify(box));
    assert.equal(await tabState(popup), 'detected');
    await page.close();
  });
});
