// The overlay's orchestration, free of any framework: from a document, the settings and what the
// gate found, it keeps one observable state (notes, terms, layout, open card) up to date while the
// page changes, and leaves the page exactly as it was when its signal aborts.

import type { Settings } from '@/utils/settings';
import type { GateState, PageReader } from '@/utils/shared-world';
import { createHighlighter } from './highlight';
import { type Analysis, analyseNotes, EMPTY_ANALYSIS, searchTermsOf, toLanguage } from './overlay-analysis';
import { measureGeometry } from './overlay-geometry';
import { type OpenVia, type TermHit, watchHover } from './overlay-hover';
import { currentReading, sameArticle } from './overlay-reading';
import { initialOverlayState, type OverlayState } from './overlay-state';
import { createStore, type Store } from './overlay-store';
import { chooseTheme, pageBackground, prefersDark, watchColorScheme } from './overlay-theme';
import { watchLayout } from './overlay-triggers';
import type { Detection, PageReading } from './types';
import { type WatchReason, watchPage } from './watch-page';

export type { ActiveTerm, OverlayState } from './overlay-state';

export interface OverlaySessionOptions {
  doc: Document;
  settings: Settings;
  gate: GateState | undefined;
  /** The gate's reader in the extension; the modules themselves in tests. */
  reader: PageReader;
  signal: AbortSignal;
}

export interface OverlaySession {
  state: Store<OverlayState>;
  /** Tells the session where the UI lives: positions are measured relative to it. */
  attach(host: Element): void;
  updateSettings(settings: Settings): void;
  openTerm(hit: TermHit, via: OpenVia): void;
  closeTerm(): void;
  relayout(): void;
  /** Resolves when the terms of the latest analysis are shown (or its search was dropped). */
  analysed(): Promise<void>;
}

export function createOverlaySession({
  doc,
  settings,
  gate,
  reader,
  signal,
}: OverlaySessionOptions): OverlaySession {
  const first = currentReading(doc, gate, settings, reader);
  const state = createStore<OverlayState>(initialOverlayState(first, gate?.forced ?? false, settings));
  const highlighter = createHighlighter(doc, { prefix: 'context-margin' });
  signal.addEventListener('abort', () => {
    termSearch?.abort();
    highlighter.destroy();
    layoutWatch?.abort();
  });
  let host: Element | null = null;
  let layoutWatch: AbortController | null = null;
  let termSearch: AbortController | null = null;
  let analysed: Promise<void> = Promise.resolve();

  const themeFor = (s: Settings, reading: PageReading | null) =>
    chooseTheme(s.theme, pageBackground(doc, reading?.root ?? doc.body), prefersDark(doc));

  const relayout = () => {
    if (signal.aborted || !host) return;
    const { analysis, reading } = state.get();
    const viewportWidth = doc.documentElement.clientWidth || doc.defaultView?.innerWidth || 0;
    const geometry = measureGeometry(
      host,
      analysis.notes,
      analysis.terms,
      reading?.paragraphs ?? [],
      viewportWidth,
    );
    state.update((s) => ({ ...s, geometry }));
  };

  const recompute = (reading: PageReading, detection: Detection | null) => {
    if (signal.aborted) return;
    const s = state.get().settings;
    const language = toLanguage(detection?.language, reading.language, doc.documentElement.lang);
    // An article swapped in place for one not about the group keeps no notes (unless shown on request).
    const relevant = detection?.about || state.get().forced;
    const notes = relevant
      ? analyseNotes(reading, language, { ...s, signal })
      : { ...EMPTY_ANALYSIS, language };
    const theme = themeFor(s, reading);
    const show = (analysis: Analysis) => {
      highlighter.clear();
      if (s.highlights) highlighter.apply(analysis.matches);
      state.update((prev) => ({ ...prev, reading, detection, analysis, theme, activeTerm: null }));
      relayout();
    };
    termSearch?.abort();
    termSearch = new AbortController();
    const searchRoot = relevant && s.highlights ? reading.root : null;
    const search = searchTermsOf(notes, searchRoot, termSearch.signal, show);
    analysed = search.finished;
    // Layout observers follow the article root, which a late or swapped article replaces.
    layoutWatch?.abort();
    layoutWatch = new AbortController();
    const observe = reading.root ? [reading.root] : [];
    watchLayout({ doc, observe, onLayout: relayout, signal: layoutWatch.signal });
    // Small pages are searched at once and shown once; huge ones show their notes first.
    show(search.atOnce ?? notes);
  };

  const onPageChange = (reason: WatchReason) => {
    if (reason !== 'mutation') return relayout();
    const fresh = reader.readPage(doc);
    if (sameArticle(fresh, state.get().reading)) return relayout();
    recompute(fresh, reader.detect(fresh, state.get().settings.sensitivity));
  };

  const session: OverlaySession = {
    state,
    attach(element) {
      host = element;
      relayout();
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

  recompute(first.reading, first.detection);
  watchHover({
    doc,
    signal,
    termAt: (x, y) => (state.get().settings.highlights ? highlighter.termAt(x, y) : null),
    isInsideUi: (event) => host !== null && event.composedPath().includes(host),
    active: () => state.get().activeTerm,
    open: session.openTerm,
    close: session.closeTerm,
  });
  if (doc.body) watchPage({ root: doc.body, onChange: onPageChange, signal });
  watchColorScheme(
    doc,
    () => state.update((s) => ({ ...s, theme: themeFor(s.settings, s.reading) })),
    signal,
  );
  return session;
}
