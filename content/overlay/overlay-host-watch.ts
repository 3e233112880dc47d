// Notices when the page takes our host out of the document (a script that clears <html>, a framework
// that re-renders the root, or a page that removes us on purpose), so that the overlay does not go
// on saying "visible, 8 notes" with its highlights still painted and no card to open. The host hangs
// on the root element, which the content watcher (watch-page.ts, on the article) never sees.

/** Calls `onRemoved` once when `host` is no longer in its document; stops when `signal` aborts. */
export function watchHostRemoval(host: Element, signal: AbortSignal, onRemoved: () => void): void {
  const doc = host.ownerDocument;
  if (signal.aborted) return;
  const observer = new MutationObserver(() => {
    if (host.isConnected) return;
    observer.disconnect();
    onRemoved();
  });
  // Direct children only: the host's parent (the root element, where we put it) and the document
  // (a replaced root element). A page that moves the host elsewhere keeps it connected, and shown.
  if (host.parentNode) observer.observe(host.parentNode, { childList: true });
  observer.observe(doc, { childList: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
