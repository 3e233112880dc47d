// Helpers for the overlay's E2E files: inject the overlay script into a tab the way the background
// does, and read what it drew from its open shadow root.
import { newTab } from '../../../scripts/lib/browsers.mjs';
import { openExtensionPage, tabIdOf } from '../../../scripts/lib/extension-pages.mjs';
import { waitFor } from './suite.mjs';

/** Runs /content-scripts/overlay.js in the tab showing `url`, from an extension page. */
export async function injectOverlay(env, url) {
  const ext = await openExtensionPage(env, 'popup.html', '[data-testid="popup"]');
  try {
    const tabId = await waitFor(() => tabIdOf(ext, url));
    await ext.evaluate(async (id) => {
      const api = globalThis.browser ?? globalThis.chrome;
      await api.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/overlay.js'] });
    }, tabId);
  } finally {
    await ext.close();
  }
}

/** Shows (`true`), hides (`false`) or toggles the overlay in tab `tabId` as "show anyway" does. */
export const setOverlay = (ext, tabId, visible) =>
  ext.evaluate(
    (id, v) =>
      (globalThis.browser ?? globalThis.chrome).tabs.sendMessage(id, {
        type: 'set-overlay',
        visible: v,
        force: true,
      }),
    tabId,
    visible,
  );

/**
 * The overlay on the page at `url`: the gate injects it on pages it detects; otherwise (a page it
 * does not flag, or a gate that is off) the test injects it the way the background would.
 */
export async function ensureOverlay(env, page, url, { wait = 4000 } = {}) {
  const hasHost = () => page.evaluate(() => document.querySelector('context-margin') !== null);
  const appeared = await waitFor(hasHost, { timeout: wait }).catch(() => false);
  if (!appeared) await injectOverlay(env, url);
}

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

/** Runs the toggle keyboard command's handler on the tab showing `url`, as the shortcut would. */
export async function toggleByCommand(env, url) {
  const ext = await openExtensionPage(env, 'popup.html', '[data-testid="popup"]');
  try {
    const tabId = await waitFor(() => tabIdOf(ext, url));
    return await ext.evaluate(async (id) => {
      const api = globalThis.browser ?? globalThis.chrome;
      return api.runtime.sendMessage({ type: 'run-command', command: 'toggle-overlay', tabId: id });
    }, tabId);
  } finally {
    await ext.close();
  }
}

/** The badge text the background shows for the tab showing `url`. */
export async function badgeOf(env, url) {
  const ext = await openExtensionPage(env, 'popup.html', '[data-testid="popup"]');
  try {
    const tabId = await waitFor(() => tabIdOf(ext, url));
    return await ext.evaluate(async (id) => {
      const api = globalThis.browser ?? globalThis.chrome;
      return (api.action ?? api.browserAction).getBadgeText({ tabId: id });
    }, tabId);
  } finally {
    await ext.close();
  }
}
