// Functions the soak evaluates inside the page (each is serialised on its own: no outside references).
// State lives on one page-world property; the page's own scripts are blocked, so nothing else sees it.

/**
 * Picks the first 200 visible block elements (document order, our host excluded) and keeps them, with
 * `pristine`, the DOM of the same page loaded where our content scripts do not run. Also says whether
 * the DOM now, with any host of ours left out, already differs from it (something done on load).
 */
export function rememberPage(hostTag, pristine) {
  const blockish = /^(block|flex|grid|list-item|table|flow-root)$/;
  const blocks = [];
  const body = document.body ?? document.documentElement;
  for (const element of body.querySelectorAll('*')) {
    if (blocks.length >= 200) break;
    if (element.closest(hostTag)) continue;
    const style = getComputedStyle(element);
    if (!blockish.test(style.display) || style.visibility !== 'visible') continue;
    const rect = element.getBoundingClientRect();
    if (rect.width > 0 && rect.height > 0) blocks.push(element);
  }
  const copy = document.documentElement.cloneNode(true);
  const hosts = copy.querySelectorAll(hostTag);
  for (const host of hosts) host.remove();
  globalThis.__cmSoak = { blocks, before: pristine };
  return { blocks: blocks.length, hostsOnLoad: hosts.length, loadDiffers: copy.outerHTML !== pristine };
}

/**
 * Rectangles of the kept blocks in document coordinates (null for a block no longer in the page).
 * The scroll offsets of every scrolled ancestor are added, not only the window's: on pages that scroll
 * inside <body> or a wrapper, a scroll would otherwise read as every block moving (issue #18 item 8).
 */
export function blockRects() {
  const { blocks } = globalThis.__cmSoak;
  const root = document.scrollingElement;
  return blocks.map((element) => {
    if (!element.isConnected) return null;
    const r = element.getBoundingClientRect();
    let x = r.left + scrollX;
    let y = r.top + scrollY;
    for (let up = element.parentElement; up; up = up.parentElement) {
      if (up === root) continue;
      x += up.scrollLeft;
      y += up.scrollTop;
    }
    return [x, y, r.width, r.height];
  });
}

/** Compares the DOM now with the DOM remembered before; says where they first differ. */
export function compareDom() {
  const { before } = globalThis.__cmSoak;
  const after = document.documentElement.outerHTML;
  if (after === before) return { same: true };
  let at = 0;
  while (at < before.length && before[at] === after[at]) at += 1;
  return {
    same: false,
    at,
    before: before.slice(Math.max(0, at - 60), at + 120),
    after: after.slice(Math.max(0, at - 60), at + 120),
    lengths: [before.length, after.length],
  };
}

/**
 * Finds the first highlighted range of ours, scrolls it into view and returns its centre in viewport
 * coordinates, or null when nothing is highlighted.
 */
export function firstHighlightCentre(prefix) {
  if (!globalThis.CSS?.highlights) return null;
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith(prefix)) continue;
    for (const range of highlight) {
      const anchor = range.startContainer.parentElement;
      // Remember every scroll position scrollIntoView may change (the window's and any scrolling
      // ancestor's) so that restoreScroll() can put the page back before the next measure.
      const scrolled = [[document.scrollingElement, scrollX, scrollY]];
      for (let up = anchor?.parentElement; up; up = up.parentElement)
        if (up.scrollTop || up.scrollLeft || up.scrollHeight > up.clientHeight)
          scrolled.push([up, up.scrollLeft, up.scrollTop]);
      globalThis.__cmSoak.scrolled = scrolled;
      anchor?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0);
      if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, name };
    }
  }
  return null;
}

/** Shared with the page's script world: how many highlights of ours are registered. */
export function highlightCount(prefix) {
  if (!globalThis.CSS?.highlights) return 0;
  let count = 0;
  for (const [name, highlight] of CSS.highlights) if (name.startsWith(prefix)) count += highlight.size;
  return count;
}

/** Puts back the scroll positions firstHighlightCentre changed, at once (no smooth scrolling). */
export function restoreScroll() {
  for (const [element, left, top] of (globalThis.__cmSoak.scrolled ?? []).reverse())
    element?.scrollTo({ left, top, behavior: 'instant' });
  return true;
}
