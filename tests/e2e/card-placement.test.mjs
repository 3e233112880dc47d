// Cards in real browsers land where floating-ui 1.8 (the overlay's former placement library) puts
// them: below a term, above it near the bottom of the window, pulled inside near the right edge, and
// beside a note marker. floating-ui is loaded into the test page only, as the reference.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { clickInOverlay, noteRects } from './lib/overlay.mjs';
import { openWithNotes } from './lib/overlay-control.mjs';
import { forEachBrowser, sleep, waitFor } from './lib/suite.mjs';

const LONG = '/overlay-long-en.html';
const REFERENCE = ['core/dist/floating-ui.core.umd.js', 'dom/dist/floating-ui.dom.umd.js'].map((file) =>
  readFileSync(new URL(`../../node_modules/@floating-ui/${file}`, import.meta.url), 'utf8'),
);

async function loadReference(page) {
  for (const content of REFERENCE) await page.addScriptTag({ content });
}

/**
 * Scrolls so that a highlighted term's first line sits at `top` (negative: from the window's
 * bottom); `pick` chooses among the terms ('first' or 'rightmost'). Returns the term's box.
 */
function showTerm(page, top, pick) {
  return page.evaluate(
    (wanted, how) => {
      const ranges = [...CSS.highlights]
        .filter(([name]) => name.startsWith('context-margin'))
        .flatMap(([, highlight]) => [...highlight])
        .filter((range) => range.getClientRects().length === 1 && range.getBoundingClientRect().width > 8);
      const range =
        how === 'rightmost'
          ? ranges.reduce((a, b) =>
              b.getBoundingClientRect().right > a.getBoundingClientRect().right ? b : a,
            )
          : ranges[Math.floor(ranges.length / 2)];
      const target = wanted < 0 ? innerHeight + wanted : wanted;
      scrollBy(0, range.getBoundingClientRect().top - target);
      window.__cardAnchor = range;
      const r = range.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
    },
    top,
    pick,
  );
}

/** The open card's position and size, and where floating-ui would put it for the same anchor. */
function compare(page, selector) {
  return page.evaluate(async (cardSelector) => {
    const card = document.querySelector('context-margin')?.shadowRoot?.querySelector(cardSelector);
    const anchor = window.__cardAnchor;
    if (!card?.style.left || !anchor) return null;
    const { computePosition, inline, offset, flip, shift } = window.FloatingUIDOM;
    const reference =
      anchor instanceof Range
        ? {
            getBoundingClientRect: () => anchor.getBoundingClientRect(),
            getClientRects: () => anchor.getClientRects(),
            contextElement: anchor.startContainer.parentElement,
          }
        : anchor;
    const expected = await computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [inline(), offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    });
    const r = card.getBoundingClientRect();
    return {
      left: Number.parseFloat(card.style.left),
      top: Number.parseFloat(card.style.top),
      right: r.right,
      bottom: r.bottom,
      expected: { left: Math.round(expected.x), top: Math.round(expected.y) },
      viewport: { width: document.documentElement.clientWidth, height: innerHeight },
    };
  }, selector);
}

/** Waits for the open card to sit where floating-ui puts it; fails with the last difference. */
async function cardMatches(page, selector) {
  let last = null;
  await waitFor(
    async () => {
      last = await compare(page, selector);
      return last && last.left === last.expected.left && last.top === last.expected.top;
    },
    { timeout: 3000 },
  ).catch(() => {});
  assert.ok(last, 'the card opened');
  assert.deepEqual({ left: last.left, top: last.top }, last.expected, 'placed as floating-ui places it');
  return last;
}

/** Hovers the term `showTerm` chose and checks its card against floating-ui. */
async function hoverAndCompare(page, term) {
  await page.mouse.move(2, 2);
  await page.mouse.move(term.left + term.width / 2, term.top + term.height / 2, { steps: 4 });
  return cardMatches(page, '[data-term-id]');
}

forEachBrowser('card placement', (env) => {
  test('a term card sits 6 px below the term, or above it near the bottom of the window', async () => {
    const { page } = await openWithNotes(env, LONG);
    await loadReference(page);
    const high = await showTerm(page, 200, 'first');
    await sleep(50);
    const below = await hoverAndCompare(page, high);
    assert.equal(below.top, Math.round(high.bottom + 6));
    assert.equal(below.left, Math.round(high.left));
    const low = await showTerm(page, -60, 'first');
    await sleep(50);
    const above = await hoverAndCompare(page, low);
    assert.ok(
      Math.abs(above.bottom - (low.top - 6)) <= 1,
      `card bottom ${above.bottom} is 6 px above ${low.top}`,
    );
    await page.close();
  });

  test('near the right edge the card stays 8 px inside the window; a marker card follows the same rules', async () => {
    const { page } = await openWithNotes(env, LONG, { viewport: { width: 760, height: 900 }, min: 2 });
    await loadReference(page);
    const term = await showTerm(page, 300, 'rightmost');
    await sleep(50);
    const card = await hoverAndCompare(page, term);
    assert.notEqual(card.left, Math.round(term.left), 'the term is near enough the edge to move its card');
    assert.ok(card.right <= card.viewport.width - 8 + 1, `card right ${card.right} inside the window`);
    await page.mouse.move(2, 2);
    const [marker] = await noteRects(page);
    await page.evaluate((id) => {
      const el = document.querySelector('context-margin').shadowRoot.querySelector(`[data-note-id="${id}"]`);
      el.scrollIntoView({ block: 'center' });
      window.__cardAnchor = el;
    }, marker.id);
    await clickInOverlay(page, `.cm-marker[data-note-id="${marker.id}"]`);
    const opened = await cardMatches(page, '[data-card-note-id]');
    // The open card follows its marker when the page scrolls.
    await page.evaluate(() => scrollBy(0, 40));
    const scrolled = await cardMatches(page, '[data-card-note-id]');
    assert.notEqual(scrolled.top, opened.top, 'the card moved with the page');
    await page.close();
  });

  test('in a short window (700 × 600) a term card never runs past the window: its content scrolls', async () => {
    const { page } = await openWithNotes(env, '/is-article-en.html', {
      viewport: { width: 700, height: 600 },
    });
    const boxes = [];
    for (const [top, pick] of [
      [280, 'rightmost'],
      [300, 'first'],
      [20, 'first'],
      [-100, 'rightmost'],
    ]) {
      await page.mouse.move(2, 2);
      await waitFor(async () => !(await openCardBox(page)), { timeout: 3000 });
      const term = await showTerm(page, top, pick);
      // A short page cannot always scroll a term to the wanted height (-100: clear of the toolbar).
      if (term.top < 0 || term.bottom > 600) continue;
      await sleep(50);
      await page.mouse.move(term.left + term.width / 2, term.top + term.height / 2, { steps: 4 });
      await waitFor(() => openCardBox(page), { timeout: 3000 });
      await sleep(100);
      const box = await openCardBox(page);
      boxes.push({ at: Math.round(term.top), ...box });
    }
    console.log(`${env.name} term cards at 700x600:`, JSON.stringify(boxes));
    assert.ok(boxes.length >= 3, 'three terms measured');
    for (const box of boxes) {
      assert.ok(
        box.top >= 0 && box.bottom <= box.viewport,
        `card ${box.top}–${box.bottom} within 0–${box.viewport}`,
      );
    }
    await page.close();
  });
});

function openCardBox(page) {
  return page.evaluate(() => {
    const card = document.querySelector('context-margin')?.shadowRoot?.querySelector('[data-term-id]');
    if (!card?.style.top) return null;
    const r = card.getBoundingClientRect();
    return {
      top: Math.round(r.top),
      bottom: Math.round(r.bottom),
      viewport: innerHeight,
      scrolls: card.scrollHeight > card.clientHeight,
    };
  });
}
