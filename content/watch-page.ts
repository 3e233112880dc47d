// Tells the overlay when the article changed (late content) or moved (resize, fonts, images, a
// scrolling container), debounced and rate-limited so that a page that never stops mutating costs
// a bounded number of re-runs. Everything hangs on one AbortSignal.

export type WatchReason = 'mutation' | 'resize' | 'scroll' | 'fonts' | 'images';

export interface WatchTarget {
  root: Element;
  /** 'mutation' when the content changed (re-find terms); any other reason: positions only. */
  onChange: (reason: WatchReason) => void;
  signal: AbortSignal;
  /** Quiet time before a run (default 250 ms); a steady stream still runs every `4 × debounceMs`. */
  debounceMs?: number;
  /** Hard cap on runs in any 60-second window (default 30). */
  maxRunsPerMinute?: number;
}

const OWN_UI = 'context-margin, [data-context-margin]';
const observers = new Set<{ observer: MutationObserver; deliver: (records: MutationRecord[]) => void }>();

/**
 * Runs `change` (our own DOM work, e.g. wrapping terms) without any watcher reacting to it; page
 * mutations already queued are still delivered.
 */
export function withoutObserving<T>(change: () => T): T {
  for (const { observer, deliver } of observers) deliver(observer.takeRecords());
  try {
    return change();
  } finally {
    for (const { observer } of observers) observer.takeRecords();
  }
}

function isOwn(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return Boolean(element?.closest(OWN_UI));
}

function isPageChange(record: MutationRecord): boolean {
  if (isOwn(record.target)) return false;
  if (record.type !== 'childList') return true;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  // Our host element or stylesheet coming and going is not the article changing.
  return (
    nodes.length === 0 || nodes.some((node) => !(node.nodeType === 1 && (node as Element).matches(OWN_UI)))
  );
}

export function watchPage(target: WatchTarget): void {
  const { root, onChange, signal } = target;
  if (signal.aborted) return;
  const debounceMs = Math.max(0, target.debounceMs ?? 250);
  const maxWaitMs = debounceMs * 4;
  const maxRuns = Math.max(1, target.maxRunsPerMinute ?? 30);
  const win = root.ownerDocument.defaultView;
  if (!win) return;

  const runTimes: number[] = [];
  const reasons = new Set<WatchReason>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;

  const run = () => {
    timer = undefined;
    if (signal.aborted || reasons.size === 0) return;
    const now = Date.now();
    while (runTimes.length && now - (runTimes[0] as number) >= 60_000) runTimes.shift();
    if (runTimes.length >= maxRuns) {
      // Over the cap: wait until the oldest run leaves the window, then run once for all of it.
      timer = setTimeout(run, 60_000 - (now - (runTimes[0] as number)) + 1);
      return;
    }
    runTimes.push(now);
    const reason: WatchReason = reasons.has('mutation') ? 'mutation' : ([...reasons][0] as WatchReason);
    reasons.clear();
    onChange(reason);
  };

  const schedule = (reason: WatchReason) => {
    if (signal.aborted) return;
    const now = Date.now();
    if (reasons.size === 0) firstPending = now;
    reasons.add(reason);
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.min(debounceMs, Math.max(0, firstPending + maxWaitMs - now));
    timer = setTimeout(run, wait);
  };

  const deliver = (records: MutationRecord[]) => {
    if (records.some(isPageChange)) schedule('mutation');
  };
  const observer = new win.MutationObserver(deliver);
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  const entry = { observer, deliver };
  observers.add(entry);

  const listen = { passive: true, signal } as const;
  win.addEventListener('resize', () => schedule('resize'), listen);
  root.ownerDocument.fonts?.addEventListener?.('loadingdone', () => schedule('fonts'), { signal });
  root.addEventListener(
    'load',
    (event) => {
      const element = event.target as Element | null;
      if (element && (element.localName === 'img' || element.localName === 'iframe')) schedule('images');
    },
    { capture: true, signal },
  );
  // Only scrolling containers of the article move it within the page; the window's own scroll does not.
  root.ownerDocument.addEventListener(
    'scroll',
    (event) => {
      const element = event.target as Node | null;
      if (element && element.nodeType === 1 && (element as Element).contains(root)) schedule('scroll');
    },
    { capture: true, passive: true, signal },
  );
  let resizeObserver: ResizeObserver | undefined;
  if (typeof win.ResizeObserver === 'function') {
    let initial = true; // observe() reports the current size once; that is no change
    resizeObserver = new win.ResizeObserver(() => {
      if (initial) initial = false;
      else schedule('resize');
    });
    resizeObserver.observe(root);
  }

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      observers.delete(entry);
      resizeObserver?.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      reasons.clear();
    },
    { once: true },
  );
}
