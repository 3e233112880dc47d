// The overlay on a long article in real browsers: notes beside their paragraphs, hover and keyboard
// open term cards, the page never moves, highlights really render, and hiding leaves no trace.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  clickInOverlay,
  noteRects,
  openTermCard,
  ourHighlights,
  paragraphRects,
  visibleTermRect,
  waitForNotes,
} from './lib/overlay.mjs';
import {
  badgeOf,
  ensureOverlay,
  injectOverlay,
  openWithNotes,
  toggleByCommand,
} from './lib/overlay-control.mjs';
import { tintedPixels } from './lib/pixels.mjs';
import { forEachBrowser, openPage, sleep, waitFor } from './lib/suite.mjs';

// Each note the long fixture was written for, and the start of the paragraph written for it.
const EXPECTED = {
  'raqqa-mosul-fallen': 'When Kurdish-led fighters',
  'territorial-defeat': 'The group had done something',
  'weakened-not-defeated': 'Yet officials who fought',
  'fleeing-south': 'As the cities fell',
  'africa-safe-haven': 'Further afield',
  'partial-victory': 'Inside Iraq and Syria',
  'fighters-15000': 'Estimates of the number',
  'migrant-boats': 'Security services around',
  'libya-gateway': 'Libya is the country',
  'gaddafi-vacuum': 'Critics of the 2011',
  'europe-attacks': 'In Europe the threat',
  'intelligence-role': 'The intelligence services',
  'border-arrests': 'Governments have also',
  'cut-financing': 'Investigators are following',
  'media-apparatus': 'Online, the group',
  'electronic-jihad': 'Specialists also track',
  'online-recruitment': 'Recruitment now happens',
  'minniti-platforms': 'Tech companies face',
  'deradicalise-returnees': 'Then there are the returnees',
  'far-from-dead': '"The caliphate is gone',
};

const LONG = '/overlay-long-en.html';

async function shot(env, page, name) {
  const dir = process.env.E2E_SHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${env.name}-${name}.png` });
}

const activeInOverlay = (page) =>
  page.evaluate(() => {
    const el = document.querySelector('context-margin')?.shadowRoot?.activeElement;
    return el
      ? { tag: el.tagName, id: el.id, note: el.getAttribute('data-panel-note-id'), text: el.textContent }
      : null;
  });

forEachBrowser('overlay on a long article', (env) => {
  test('notes sit beside the paragraphs they speak to, in the margin, without overlapping', async () => {
    const { page, count } = await openWithNotes(env, LONG, { min: 5 });
    const notes = await noteRects(page);
    const paragraphs = await page.evaluate(() =>
      [...document.querySelectorAll('article p')].map((p) => {
        const r = p.getBoundingClientRect();
        return { text: p.textContent, top: r.top + scrollY, bottom: r.bottom + scrollY, right: r.right };
      }),
    );
    assert.equal(notes.length, count);
    for (const note of notes) {
      assert.equal(note.kind, 'side-note');
      const start = EXPECTED[note.id];
      assert.ok(start, `unexpected note ${note.id}`);
      const paragraph = paragraphs.find((p) => p.text.startsWith(start));
      assert.ok(paragraph, start);
      assert.ok(note.left >= paragraph.right, `${note.id} is in the margin`);
      assert.ok(
        note.top >= paragraph.top - 30 && note.top <= paragraph.bottom,
        `${note.id} at ${note.top} is level with its paragraph (${paragraph.top}–${paragraph.bottom})`,
      );
    }
    const sorted = [...notes].sort((a, b) => a.top - b.top);
    for (let i = 1; i < sorted.length; i++) {
      assert.ok(
        sorted[i].top >= sorted[i - 1].bottom,
        `${sorted[i].id} does not overlap ${sorted[i - 1].id}`,
      );
    }
    await page.close();
  });

  test('a real mouse hover over a highlighted term opens its card in the top layer', async () => {
    const { page } = await openWithNotes(env, LONG);
    const term = await waitFor(() => visibleTermRect(page));
    await page.mouse.move(5, 5);
    await page.mouse.move(term.left + term.width / 2, term.top + term.height / 2, { steps: 4 });
    const card = await waitFor(() => openTermCard(page), { timeout: 3000 });
    assert.equal(card.role, 'dialog');
    assert.ok(card.termId);
    assert.equal(card.popoverOpen, true);
    await shot(env, page, 'hover-card');
    // Leaving the term for blank page closes the card.
    await page.mouse.move(40, 600, { steps: 4 });
    await waitFor(async () => (await openTermCard(page)) === null, { timeout: 3000 });
    await page.close();
  });

  test('a finger tap on a highlighted term opens its card; a tap on blank page closes it', async () => {
    const url = env.server.url(LONG);
    const page = await openPage(env, url, { viewport: { width: 1400, height: 900 } });
    // Chromium dispatches touch only to a page with a touch screen; Firefox takes touch actions as they are.
    if (env.name === 'chromium') await page.setViewport({ width: 1400, height: 900, hasTouch: true });
    await ensureOverlay(env, page, url);
    await waitForNotes(page, 1);
    const term = await waitFor(() => visibleTermRect(page));
    await page.touchscreen.tap(term.left + term.width / 2, term.top + term.height / 2);
    const card = await waitFor(() => openTermCard(page), { timeout: 3000 });
    assert.ok(card.termId);
    assert.equal(card.popoverOpen, true);
    await page.touchscreen.tap(40, 600);
    await waitFor(async () => (await openTermCard(page)) === null, { timeout: 3000 });
    await page.close();
  });

  test('keyboard focus reaches a highlighted term and opens its card; Escape closes it', async () => {
    const { page } = await openWithNotes(env, LONG);
    const focusedProxy = () =>
      page.evaluate(
        () => document.querySelector('context-margin')?.shadowRoot?.activeElement?.dataset?.proxyTermId,
      );
    let proxy;
    for (let i = 0; i < 20 && !proxy; i++) {
      await page.keyboard.press('Tab');
      proxy = await focusedProxy();
    }
    assert.ok(proxy, 'Tab reaches a term');
    const card = await waitFor(() => openTermCard(page), { timeout: 3000 });
    assert.equal(card.termId, proxy);
    await shot(env, page, 'focus-card');
    await page.keyboard.press('Escape');
    await waitFor(async () => (await openTermCard(page)) === null, { timeout: 3000 });
    await page.close();
  });

  test('the notes panel: reading order, focus in, arrow keys between notes, Escape back to the toolbar', async () => {
    const { page, count } = await openWithNotes(env, LONG, { min: 2 });
    await clickInOverlay(page, '.cm-tool--count');
    await waitFor(async () => (await activeInOverlay(page))?.id === 'cm-panel-title');
    const order = await page.evaluate(() =>
      [
        ...document.querySelector('context-margin').shadowRoot.querySelectorAll('button[data-panel-note-id]'),
      ].map((b) => b.getAttribute('data-panel-note-id')),
    );
    assert.equal(order.length, count);
    assert.deepEqual(
      order,
      (await noteRects(page)).map((n) => n.id),
    );
    let focused;
    for (let i = 0; i < 6 && !focused?.note; i++) {
      await page.keyboard.press('Tab');
      focused = await activeInOverlay(page);
    }
    assert.equal(focused?.note, order[0]);
    await page.keyboard.press('ArrowDown');
    assert.equal((await activeInOverlay(page))?.note, order[1]);
    await shot(env, page, 'panel');
    // The "Why this page" bullets sit inside the panel: the list keeps room for them on its start side.
    const reasons = await page.evaluate(() => {
      const root = document.querySelector('context-margin').shadowRoot;
      const list = root.querySelector('.cm-reasons');
      return { padding: Number.parseFloat(getComputedStyle(list).paddingLeft), items: list.children.length };
    });
    assert.ok(reasons.items > 0 && reasons.padding >= 12, `reasons list indented ${reasons.padding} px`);
    await page.keyboard.press('Escape');
    await waitFor(async () => (await activeInOverlay(page))?.text?.endsWith('notes'));
    assert.equal(
      await page.evaluate(() =>
        document.querySelector('context-margin').shadowRoot.querySelector('#cm-panel'),
      ),
      null,
    );
    await page.close();
  });

  test('the page does not move, highlights render, and hiding removes every trace', async () => {
    const { page, url } = await openWithNotes(env, LONG, { recorded: true });
    const before = await page.evaluate(() => window.__before);
    assert.deepEqual(await paragraphRects(page), before.rects, 'paragraph rectangles are identical');
    assert.ok((await ourHighlights(page)).length > 0);
    const term = await visibleTermRect(page);
    await page.mouse.move(5, 5);
    await sleep(100);
    const shown = await page.screenshot();

    await clickInOverlay(page, '[data-action="hide"]');
    await waitFor(() => page.evaluate(() => document.querySelector('context-margin') === null));
    assert.deepEqual(await ourHighlights(page), []);
    const after = await page.evaluate(() => document.documentElement.outerHTML);
    assert.equal(after, before.dom, 'the DOM is as it was');
    assert.deepEqual(await paragraphRects(page), before.rects);
    const plain = await page.screenshot();
    const lit = tintedPixels(shown, term);
    const unlit = tintedPixels(plain, term);
    assert.ok(lit > 0.3 * term.width * term.height, `highlight painted (${lit} tinted pixels)`);
    assert.ok(unlit < lit / 10, `no tint once hidden (${unlit})`);

    // The keyboard shortcut's handler turns it back on: one overlay, its notes, and the badge count.
    await toggleByCommand(env, url);
    const count = await waitForNotes(page, 1);
    assert.equal(await page.evaluate(() => document.querySelectorAll('context-margin').length), 1);
    assert.ok(await page.evaluate(() => document.querySelector('context-margin').shadowRoot !== null));
    await waitFor(async () => (await badgeOf(env, url)) === String(count), { timeout: 5000 });
    // Injecting the script again (the background asked twice) still leaves exactly one overlay.
    await injectOverlay(env, url);
    await waitForNotes(page, 1);
    assert.equal(await page.evaluate(() => document.querySelectorAll('context-margin').length), 1);
    await page.close();
  });

  // The overlay speaks the article's language (an Arabic article gets Arabic notes, tests/e2e/languages):
  // here the English article is only laid out right to left, and that direction must not reach our UI.
  test('on an English page laid out right to left the toolbar keeps its own direction: "N notes", buttons in order', async () => {
    const url = env.server.url(LONG);
    const page = await openPage(env, url, { viewport: { width: 1400, height: 900 } });
    await page.evaluate(() => {
      document.documentElement.dir = 'rtl';
    });
    await ensureOverlay(env, page, url);
    await waitFor(() =>
      page.evaluate(() =>
        Boolean(document.querySelector('context-margin')?.shadowRoot?.querySelector('.cm-tool--count')),
      ),
    );
    const toolbar = await page.evaluate(() => {
      const root = document.querySelector('context-margin').shadowRoot;
      const count = root.querySelector('.cm-tool--count');
      const hide = root.querySelector('[data-action="hide"]');
      return {
        direction: getComputedStyle(count).direction,
        text: count.textContent,
        lang: count.closest('[lang]')?.getAttribute('lang'),
        countLeft: count.getBoundingClientRect().left,
        hideLeft: hide.getBoundingClientRect().left,
      };
    });
    assert.equal(toolbar.direction, 'ltr');
    assert.match(toolbar.text, /^\d+ notes?$/);
    assert.match(toolbar.lang ?? '', /^en/);
    assert.ok(toolbar.countLeft < toolbar.hideLeft, 'the count comes first, on the left');
    await page.close();
  });
});
