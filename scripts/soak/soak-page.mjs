// One page of the soak: load, remember, show anyway, hover a term, off, on, off, then compare the
// page's layout and DOM with what they were.
import { keepRequestsLocal } from '../lib/page-requests.mjs';
import { watchPage } from './errors.mjs';
import {
  blockRects,
  compareDom,
  firstHighlightCentre,
  highlightCount,
  rememberPage,
  restoreScroll,
} from './in-page.mjs';

const HOST_TAG = 'context-margin';
// Page scripts are blocked, so every registered highlight is ours whatever its prefix.
const HIGHLIGHT_PREFIX = '';
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

async function until(check, timeoutMs, intervalMs = 100) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => null);
    if (value || Date.now() > end) return value;
    await sleep(intervalMs);
  }
}

/** Largest move or resize of any block between two snapshots, ignoring blocks that were unstable. */
function largestShift(before, now, unstable) {
  let largest = 0;
  let detached = 0;
  before.forEach((rect, i) => {
    if (unstable.has(i) || !rect) return;
    const other = now[i];
    if (!other) {
      detached += 1;
      return;
    }
    for (let k = 0; k < 4; k += 1) largest = Math.max(largest, Math.abs(rect[k] - other[k]));
  });
  return { largest, detached };
}

/**
 * Runs the soak steps on `url` in a fresh tab of `session`. Returns
 * { shiftPx, detached, restored, diff, shown, hovered, terms, statusAnswered, overlayControl }.
 */
export async function soakPage(session, { url, frameUrl }, { sink, label, stepMs }) {
  const pristine = await pristineDom(session, frameUrl);
  const page = await session.newTab();
  watchPage(page, { origin: session.origin, where: 'content', label, sink });
  const result = { shiftPx: 0, detached: 0, restored: false, shown: false, hovered: false, terms: 0 };
  try {
    await keepRequestsLocal(page, [new URL(url).origin, session.origin]);
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const tabId = await until(() => session.tabIdOf(url), 5000);
    const first = await until(() => session.status(tabId), 5000, 150);
    result.statusAnswered = Boolean(first);
    if (first?.detection?.about) await until(async () => (await session.status(tabId))?.overlayVisible, 5000);
    await sleep(stepMs);

    result.remembered = await page.evaluate(rememberPage, HOST_TAG, pristine);
    const initial = await page.evaluate(blockRects);
    await sleep(300);
    const settled = await page.evaluate(blockRects);
    // Blocks that move on their own (CSS animations, late fonts) would be blamed on us otherwise.
    const unstable = new Set(unstableIndexes(initial, settled));
    result.unstable = unstable.size;
    // Each step is judged by the blocks just before and just after it, so that what the page does
    // between steps (lazy content loaded by the hover's scroll, late fonts) is not blamed on us.
    const steps = [];
    const visible = async (wanted) => {
      const before = steps.length ? await page.evaluate(blockRects) : settled;
      const reply = await session.send(tabId, { type: 'set-overlay', visible: wanted, force: true });
      if (!reply.ok) return reply;
      if (typeof reply.answer?.overlayVisible !== 'boolean')
        return { ok: false, error: 'no status in answer' };
      const seen =
        reply.answer.overlayVisible === wanted ||
        (await until(async () => (await session.status(tabId))?.overlayVisible === wanted, 4000));
      await sleep(stepMs);
      steps.push([before, await page.evaluate(blockRects)]);
      return { ok: true, seen: Boolean(seen) };
    };

    const shown = await visible(true);
    result.overlayControl = shown.ok ? 'answered' : shown.error;
    if (shown.ok) {
      result.shown = shown.seen;
      result.terms = await page.evaluate(highlightCount, HIGHLIGHT_PREFIX);
      await session.refreshPopup(page);
      const centre = await page.evaluate(firstHighlightCentre, HIGHLIGHT_PREFIX);
      if (centre) {
        await page.mouse.move(centre.x, centre.y);
        await sleep(400);
        await page.mouse.move(1, 1);
        result.hovered = true;
      }
      // The hover scrolled the term into view, maybe inside <body> or a wrapper: undo every scroll.
      await page.evaluate(restoreScroll);
      await sleep(stepMs);
      await visible(false);
      await visible(true);
      await visible(false);
    }
    for (const [before, after] of steps) {
      const { largest, detached } = largestShift(before, after, unstable);
      result.shiftPx = Math.max(result.shiftPx, largest);
      result.detached = Math.max(result.detached, detached);
    }
    const diff = await until(async () => {
      const compared = await page.evaluate(compareDom);
      return compared.same ? compared : null;
    }, 2000);
    result.restored = Boolean(diff);
    if (!diff) result.diff = await page.evaluate(compareDom);
    await session.drain();
    return result;
  } finally {
    await Promise.race([page.close().catch(() => {}), sleep(5000)]);
  }
}

/** The page's DOM loaded in a same-origin iframe, which the top-frame content scripts do not enter. */
async function pristineDom(session, frameUrl) {
  const page = await session.newTab();
  try {
    await keepRequestsLocal(page, [new URL(frameUrl).origin]);
    await page.goto(frameUrl, { waitUntil: 'load', timeout: 30_000 });
    return await page.evaluate(
      () => document.querySelector('iframe').contentDocument.documentElement.outerHTML,
    );
  } finally {
    await Promise.race([page.close().catch(() => {}), sleep(5000)]);
  }
}

function unstableIndexes(a, b) {
  const moved = [];
  a.forEach((rect, i) => {
    if (!rect || !b[i] || rect.some((v, k) => Math.abs(v - b[i][k]) > 0.01)) moved.push(i);
  });
  return moved;
}
