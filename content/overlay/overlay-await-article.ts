// Single-page apps often render the new article some time after the URL changes: a bounded watch
// for it, instead of deciding on the empty page in between.
import type { GateState } from '@/content/gate/shared-world';
import { watchPage } from './watch-page';

/** How long after a navigation a single-page app may take to render its new article. */
export const ARTICLE_WAIT_MS = 15_000;

export interface AwaitArticleOptions {
  doc: Document;
  /** Reads and detects the page as it is now. */
  check(): GateState;
  /** Called once, with the reading that detection accepted. */
  onArticle(found: GateState): void;
  signal: AbortSignal;
  timeoutMs?: number;
}

export function awaitArticle({ doc, check, onArticle, signal, timeoutMs }: AwaitArticleOptions): void {
  if (signal.aborted || !doc.body) return;
  const waiting = new AbortController();
  const stop = () => waiting.abort();
  const timer = setTimeout(stop, timeoutMs ?? ARTICLE_WAIT_MS);
  signal.addEventListener('abort', stop, { once: true });
  waiting.signal.addEventListener('abort', () => {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  });
  watchPage({
    root: doc.body,
    signal: waiting.signal,
    onChange: () => {
      const found = check();
      if (!found.detection?.about) return;
      stop();
      onArticle(found);
    },
  });
}
