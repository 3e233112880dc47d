// Helpers for the overlay's E2E files: record the page before any content script runs, and read
// what the overlay drew from its open shadow root. Driving it from the extension: overlay-control.mjs.
import { newTab } from '../../../scripts/lib/browsers.mjs';
import { waitFor } from './suite.mjs';

/**
 * Opens `url` after arranging for the page's own state to be recorded at DOMContentLoaded, before
 * any content script runs: `window.__before = { dom, rects }`.
 */
export async function openRecordedPage(env, url, viewport) {
  const page = await newTab(env, viewport);
  await page.evaluateOnNewDocument(() => {
    addEventListener('DOMContentLoaded', () => {
      const rects = [...document.querySelectorAll('p, h1, h2, figure, aside, li')].map((el) => {
        const r = el.getBoundingClientRect();
        const round = (n) => Math.round(n * 100) / 100;
        return [round(r.left + scrollX), round(r.top + scrollY), round(r.width), round(r.height)].join(',');
      });
      window.__before = { dom: document.documentElement.outerHTML, rects };
    });
  });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Waits until the overlay shows at least `min` side notes or markers; returns their count. */
export async function waitForNotes(page, min = 1, timeout = 10_000) {
  return waitFor(
    () =>
      page.evaluate((least) => {
        const root = document.querySelector('context-margin')?.shadowRoot;
        const count = root?.querySelectorAll('[data-note-id]').length ?? 0;
        return count >= least ? count : 0;
      }, min),
    { timeout },
  );
}

/** Rectangles (page coordinates) of the side notes or markers, by note id. */
export async function noteRects(page) {
  return page.evaluate(() => {
    const root = document.querySelector('context-margin')?.shadowRoot;
    return [...(root?.querySelectorAll('[data-note-id]') ?? [])].map((el) => {
      const r = el.getBoundingClientRect();
      return {
        id: el.getAttribute('data-note-id'),
        kind: el.classList.contains('cm-marker') ? 'marker' : 'side-note',
        left: r.left + scrollX,
        top: r.top + scrollY,
        right: r.right + scrollX,
        bottom: r.bottom + scrollY,
      };
    });
  });
}

/** Rectangles (page coordinates) of the page's own paragraphs, rounded to 1/100 px. */
export async function paragraphRects(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('p, h1, h2, figure, aside, li')].map((el) => {
      const r = el.getBoundingClientRect();
      const round = (n) => Math.round(n * 100) / 100;
      return [round(r.left + scrollX), round(r.top + scrollY), round(r.width), round(r.height)].join(',');
    }),
  );
}

/** Names in the page's highlight registry that belong to us. */
export async function ourHighlights(page) {
  return page.evaluate(() =>
    globalThis.CSS?.highlights
      ? [...CSS.highlights.keys()].filter((n) => n.startsWith('context-margin'))
      : [],
  );
}

/** The first highlighted range of ours that lies inside the viewport, as a viewport rectangle. */
export async function visibleTermRect(page) {
  return page.evaluate(() => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('context-margin')) continue;
      for (const range of highlight) {
        const r = range.getClientRects()[0];
        if (r && r.top > 0 && r.bottom < innerHeight && r.width > 4) {
          return { left: r.left, top: r.top, width: r.width, height: r.height, text: range.toString() };
        }
      }
    }
    return null;
  });
}

/** The open term card in our shadow root: its term id, role and whether it is in the top layer. */
export async function openTermCard(page) {
  return page.evaluate(() => {
    const card = document.querySelector('context-margin')?.shadowRoot?.querySelector('[data-term-id]');
    if (!card) return null;
    let top = false;
    try {
      top = card.matches(':popover-open');
    } catch {}
    return { termId: card.getAttribute('data-term-id'), role: card.getAttribute('role'), popoverOpen: top };
  });
}

/** Clicks a control inside our shadow root with the real mouse. */
export async function clickInOverlay(page, selector) {
  const handle = await page.evaluateHandle(
    (s) => document.querySelector('context-margin')?.shadowRoot?.querySelector(s),
    selector,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`no ${selector} in the overlay`);
  await element.click();
}
