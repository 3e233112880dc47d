// The only code that runs on every page. It looks for a name of the group in the title, metadata,
// headline and lead, and stops there on nearly every page: no extension API, no listener, no
// settings read. Only a page that passes wakes the gate (read, detect, settings, overlay), which the
// background injects. It looks once more for articles rendered late, and after in-page navigations.

export interface SnifferDeps {
  doc: Document;
  /** The cheap stage (content/sniff/cheap-stage.ts). */
  hasCandidate(doc: Document): boolean;
  /** Asks for the gate; called at most once. */
  wake(): void;
  /** True once a gate watches the page anyway (the popup had it injected): the sniffer then stops. */
  superseded?(): boolean;
}

export const LATE_CONTENT_MS = 2500;
export const NAVIGATION_SETTLE_MS = 600;
export const LOCATION_POLL_MS = 1000;

interface NavigationLike {
  addEventListener(type: 'currententrychange', listener: () => void, options: { signal: AbortSignal }): void;
}

/** Starts sniffing `doc`; stops for good once it has woken the gate or `signal` aborts. */
export function startSniffer(
  { doc, hasCandidate, wake, superseded }: SnifferDeps,
  signal: AbortSignal,
): void {
  const view = doc.defaultView;
  const stop = new AbortController();
  signal.addEventListener('abort', () => stop.abort(), { once: true });
  const look = () => {
    if (stop.signal.aborted) return;
    if (superseded?.()) return stop.abort();
    let candidate = false;
    try {
      candidate = hasCandidate(doc);
    } catch {
      // A page the cheap stage cannot read is not worth waking the gate for.
    }
    if (!candidate) return;
    stop.abort();
    wake();
  };
  look();
  if (stop.signal.aborted || !view) return;

  const later = (ms: number) => {
    const timer = view.setTimeout(look, ms);
    stop.signal.addEventListener('abort', () => view.clearTimeout(timer), { once: true });
  };
  later(LATE_CONTENT_MS);
  watchNavigation(view, stop.signal, () => later(NAVIGATION_SETTLE_MS));
}

/**
 * Calls `onNavigate` after each in-page navigation (the URL changed without a new document) until
 * `signal` aborts: the Navigation API where the browser has it, else a cheap poll of the URL. Shared
 * by the three scripts. Nothing the page can fake: a real change of address is the only trigger
 * (WXT's `wxt:locationchange` was an event on the page's window, which the page could dispatch too).
 */
export function watchNavigation(view: Window, signal: AbortSignal, onNavigate: () => void): void {
  const navigation = (view as unknown as { navigation?: NavigationLike }).navigation;
  if (navigation?.addEventListener) {
    navigation.addEventListener('currententrychange', onNavigate, { signal });
    return;
  }
  let href = view.location.href;
  const poll = view.setInterval(() => {
    if (view.location.href === href) return;
    href = view.location.href;
    onNavigate();
  }, LOCATION_POLL_MS);
  signal.addEventListener('abort', () => view.clearInterval(poll), { once: true });
}
