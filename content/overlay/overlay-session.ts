// The overlay's orchestration, free of any framework: from a document, the settings and what the
// gate found, it keeps one observable state (notes, terms, layout, open card) up to date while the
// page changes, and leaves the page exactly as it was when its signal aborts.

import type { Settings } from '@/utils/settings';
import { createHighlighter } from '../highlight/highlight';
import { measureInWindow } from '../layout/overlay-geometry';
import { languageOf } from '../read/language-of';
import type { Detection, PageReading } from '../types';
import { type Analysis, analyseInSlices, searchesTerms } from './overlay-analysis';
import { watchHover } from './overlay-hover';
import { currentReading, rereader, sameArticle } from './overlay-reading';
import {
  initialOverlayState,
  type OverlaySession,
  type OverlaySessionOptions,
  type OverlayState,
} from './overlay-state';
import { createStore } from './overlay-store';
import { pageTheme, watchColorScheme } from './overlay-theme';
import { oncePerFrame, watchLayout } from './overlay-triggers';
import { watchPage, withoutObserving } from './watch-page';

export type { ActiveTerm, OverlaySession, OverlaySessionOptions, OverlayState } from './overlay-state';

export function createOverlaySession({
  doc,
  settings,
  gate,
  reader,
  signal,
}: OverlaySessionOptions): OverlaySession {
  const first = currentReading(doc, gate, settings, reader);
  const state = createStore<OverlayState>(initialOverlayState(first, gate?.forced ?? false, settings));
  const highlighter = createHighlighter(doc, { prefix: 'context-margin', quietly: withoutObserving });
  signal.addEventListener('abort', () => {
    run?.abort();
    highlighter.destroy();
    layoutWatch?.abort();
  });
  let host: Element | null = null;
  let layoutWatch: AbortController | null = null;
  /** The analysis under way, dropped when a newer one starts. */
  let run: AbortController | null = null;
  let analysed: Promise<void> = Promise.resolve();

  const themeFor = (s: Settings, reading: PageReading | null) => pageTheme(doc, s.theme, reading?.root);

  const relayout = () => {
    if (signal.aborted || !host) return;
    const { analysis, reading } = state.get();
    const geometry = measureInWindow(host, analysis, reading?.paragraphs ?? []);
    state.update((s) => ({ ...s, geometry }));
  };
  // Measuring the page, and the listeners that only matter once the overlay is on screen, wait for
  // the next frame (see oncePerFrame): nothing can be hovered or moved into place before it paints.
  let layoutRoot: Element | null = null;
  let watching = false;
  const inNextFrame = () => {
    if (!watching) {
      watching = true;
      watchInteraction();
    }
    if (!layoutWatch) {
      layoutWatch = new AbortController();
      const observe = layoutRoot ? [layoutRoot] : [];
      watchLayout({ doc, observe, onLayout: relayout, signal: layoutWatch.signal });
    }
    relayout();
  };
  const relayoutSoon = oncePerFrame(doc.defaultView, inNextFrame, signal);

  // Notes and terms are found in tasks of their own, after the one that started the session or saw
  // the change: the overlay shows nothing until they are (see OverlayState.ready).
  const recompute = (reading: PageReading, detection: Detection | null) => {
    if (signal.aborted) return;
    run?.abort();
    run = new AbortController();
    // Layout observers follow the article root, which a late or swapped article replaces.
    layoutWatch?.abort();
    layoutWatch = null;
    layoutRoot = reading.root;
    const s = state.get().settings;
    const language = languageOf(detection?.language, reading.language, doc.documentElement.lang);
    // An article swapped in place for one not about the group keeps no notes (unless shown on request).
    const relevant = Boolean(detection?.about || state.get().forced);
    // Read before the highlight style goes in: reading a style after it would restyle the page at once.
    const theme = themeFor(s, reading);
    if (searchesTerms(s, relevant)) highlighter.prepare(reading.root);
    const show = (analysis: Analysis) => {
      highlighter.clear();
      if (s.highlights) highlighter.apply(analysis.matches);
      const shown = { reading, detection, analysis, theme, activeTerm: null };
      state.update((prev) => ({ ...prev, ...shown, ready: true }));
      relayoutSoon();
    };
    // A fault in an analysis leaves what was shown before it (nothing, the first time) and the page as it was.
    analysed = analyseInSlices(reading, language, s, relevant, run.signal, show).catch((error) =>
      console.warn('[context-margin] cannot analyse the page', error),
    );
  };

  // Content changes only: layout changes reach relayout through watchLayout.
  const readAgain = rereader(doc, reader, signal);
  const onPageChange = () => {
    readAgain().then(
      (fresh) => {
        if (!fresh) return;
        if (sameArticle(fresh, state.get().reading)) return relayoutSoon();
        recompute(fresh, reader.detect(fresh, state.get().settings.sensitivity));
      },
      (error) => console.warn('[context-margin] cannot read the page again', error),
    );
  };

  const session: OverlaySession = {
    state,
    attach(element) {
      host = element;
      // Before the first analysis there is nothing to place: measuring then would force, inside our
      // task, the whole-page restyle that the highlight style costs, which the browser does in its frame.
      if (state.get().ready) relayoutSoon();
    },
    updateSettings(next) {
      state.update((s) => ({ ...s, settings: next }));
      const { reading, detection } = state.get();
      if (reading) recompute(reading, detection);
    },
    openTerm(hit, via) {
      state.update((s) => ({ ...s, activeTerm: { ...hit, via } }));
    },
    closeTerm() {
      if (state.get().activeTerm) state.update((s) => ({ ...s, activeTerm: null }));
    },
    relayout,
    analysed: () => analysed,
  };

  function watchInteraction() {
    watchHover({
      doc,
      signal,
      termAt: (x, y) => (state.get().settings.highlights ? highlighter.termAt(x, y) : null),
      isInsideUi: (event) => host !== null && event.composedPath().includes(host),
      active: () => state.get().activeTerm,
      open: session.openTerm,
      close: session.closeTerm,
    });
    watchColorScheme(
      doc,
      () => state.update((s) => ({ ...s, theme: themeFor(s.settings, s.reading) })),
      signal,
    );
  }

  recompute(first.reading, first.detection);
  // Mutations are watched at once: an article that changes before the first frame is still seen.
  if (doc.body) watchPage({ root: doc.body, onChange: onPageChange, signal });
  return session;
}
