// Tells the overlay when the page's content changed (late content, an article swapped in place),
// debounced and rate-limited so that a page that never stops mutating costs a bounded number of
// re-runs. Layout changes without a content change (resize, fonts, images, scrolling containers)
// are watchLayout's (overlay-triggers.ts). Everything hangs on one AbortSignal.

export interface WatchTarget {
  root: Element;
  /** The content under `root` changed (other than our own UI). */
  onChange: () => void;
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

/** Whether any of `nodes` is something other than our host element or stylesheet. */
function hasPageNode(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Node;
    if (!(node.nodeType === 1 && (node as Element).matches(OWN_UI))) return true;
  }
  return false;
}

// Called for every record of a page that may mutate 100 times a second: no allocation.
function isPageChange(record: MutationRecord): boolean {
  if (isOwn(record.target)) return false;
  if (record.type !== 'childList') return true;
  const { addedNodes, removedNodes } = record;
  // Our host element or stylesheet coming and going is not the article changing.
  if (addedNodes.length === 0 && removedNodes.length === 0) return true;
  return hasPageNode(addedNodes) || hasPageNode(removedNodes);
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
  let pending = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  let lastChange = 0;

  const run = () => {
    timer = undefined;
    if (signal.aborted || !pending) return;
    const now = Date.now();
    // Changes kept coming since the timer was set: wait for the quiet time, or the longest wait.
    const due = Math.min(lastChange + debounceMs, firstPending + maxWaitMs);
    if (due > now) {
      timer = setTimeout(run, due - now);
      return;
    }
    while (runTimes.length && now - (runTimes[0] as number) >= 60_000) runTimes.shift();
    if (runTimes.length >= maxRuns) {
      // Over the cap: wait until the oldest run leaves the window, then run once for all of it.
      timer = setTimeout(run, 60_000 - (now - (runTimes[0] as number)) + 1);
      return;
    }
    runTimes.push(now);
    pending = false;
    onChange();
  };

  // One timer for a whole burst: a page that mutates 100 times a second would otherwise clear and
  // set a timer 100 times a second (measured: two fifths of the watcher's cost on such a page).
  const schedule = () => {
    if (signal.aborted) return;
    const now = Date.now();
    lastChange = now;
    if (pending) return;
    pending = true;
    firstPending = now;
    if (timer === undefined) timer = setTimeout(run, debounceMs);
  };

  const deliver = (records: MutationRecord[]) => {
    if (records.some(isPageChange)) schedule();
  };
  const observer = new win.MutationObserver(deliver);
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  const entry = { observer, deliver };
  observers.add(entry);

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      observers.delete(entry);
      if (timer !== undefined) clearTimeout(timer);
      pending = false;
    },
    { once: true },
  );
}
