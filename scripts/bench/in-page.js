// The bench harness inside the page: the floor (one text walk), the project's own pipeline stages,
// and the two reference libraries, each as an operation that returns its own clean-up.
import { emptyRender, overlayRenderer, provideMessages } from './in-page-overlay.js';
import { afterNextFrame, longestTaskDuring, timeOperation, timeSlices } from './in-page-timing.js';

const LANGUAGES = ['en', 'es', 'fr', 'it', 'de', 'ar'];
const SENSITIVITY = 'normal';
// Chosen to mirror what find-terms skips, so both tools read the same text.
const MARK_EXCLUDE = ['script', 'style', 'noscript', 'textarea', 'input', 'select', 'code', 'pre'];
/** Operations that run in slices in the product (see withoutYields). */
const SLICED = new Set(['gate', 'full', 'highlight']);

/** The floor: no tool can annotate a page without reading each of its text nodes once. */
function walkText(doc) {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) length += node.data.length;
  return length;
}

/**
 * What a page pays before any overlay: the sniffer's cheap stage (entrypoints/sniff.ts, every page),
 * then the gate (entrypoints/gate.ts), in slices, where the sniffer found a candidate. The gate is
 * told so, as the extension tells it, and does not run the cheap stage again.
 */
function gatePath(sniff, gate) {
  if (!sniff.hasCandidate(document)) return null;
  const signal = new AbortController().signal;
  return gate.runGateInSlices(document, SENSITIVITY, { candidate: true }, signal);
}

function languageOf(gated, fallback) {
  const found = [gated?.detection?.language, gated?.reading?.language, fallback];
  return found.find((language) => LANGUAGES.includes(language)) ?? 'en';
}

/** The surface forms find-terms looks for (the page language's, then English ones), for mark.js. */
function surfaceForms(piece, language) {
  const languages = language === 'en' ? ['en'] : [language, 'en'];
  const forms = new Set(
    piece.glossary.flatMap((term) => languages.flatMap((l) => piece.aliasesOf(term.id, l))),
  );
  return [...forms].sort((a, b) => b.length - a.length);
}

/**
 * `operation` with the product's yields between slices (content/text/in-slices.ts) turned into
 * microtasks while it runs: the same work, back to back in one task, so that its time is the work's
 * and not the waits between slices (a frame may come first). Its longest task is measured apart,
 * on the overlay's cold run with the browser's own `scheduler.yield` (`hold`).
 */
function withoutYields(operation) {
  return () => {
    const scheduler = globalThis.scheduler;
    if (!scheduler) return operation();
    scheduler.yield = () => Promise.resolve();
    const restore = () => Reflect.deleteProperty(scheduler, 'yield');
    try {
      const result = operation();
      return Promise.resolve(result).finally(restore);
    } catch (error) {
      restore();
      throw error;
    }
  };
}

export function createBench(mods) {
  const piece = mods.piece;
  // As the overlay does it: in slices that give the main thread back when the search is long.
  const sliced = mods.findTermsInSlices.findTermsInSlices;
  const highlighter = mods.highlight.createHighlighter;
  const renderOverlay = overlayRenderer(mods);
  const page = { gated: null, language: 'en', root: null };

  const highlightTerms = (root) => {
    const drawn = highlighter(document);
    return sliced(root, piece.glossary, page.language, { signal: new AbortController().signal }).then(
      (matches) => {
        drawn.apply(matches ?? []);
        return drawn;
      },
    );
  };

  const operations = {
    walk: () => walkText(document),
    gate: () => gatePath(mods.sniff, mods.gate),
    // The gate's path on a page it flags, then what the overlay script does with the gate's findings:
    // detect if needed, place notes, find terms, highlight, and render the overlay once.
    full: async () => {
      const gated = await gatePath(mods.sniff, mods.gate);
      return renderOverlay.start(gated ? { ...gated, forced: false } : undefined);
    },
    highlight: () => highlightTerms(page.root).then((drawn) => () => drawn.destroy()),
    markjs: () => {
      const marker = new globalThis.Mark(page.root);
      marker.mark(page.forms, {
        separateWordSearch: false,
        accuracy: { value: 'exactly', limiters: ',.;:!?"“”«»()[]\'’-'.split('') },
        diacritics: false,
        exclude: MARK_EXCLUDE,
      });
      return () => marker.unmark();
    },
    readability: () => new globalThis.Readability(document.cloneNode(true)).parse(),
  };

  let held = null;
  return {
    /** Reads the page once (outside any timing) and says what can be measured on it. */
    prepare(fallbackLanguage, messages) {
      provideMessages(messages);
      page.gated = mods.gate.runGate(document, SENSITIVITY);
      page.language = languageOf(page.gated, fallbackLanguage);
      page.root = page.gated?.reading?.root ?? document.body;
      page.forms = surfaceForms(piece, page.language);
      return {
        modules: Object.keys(mods),
        about: page.gated?.detection?.about ?? null,
        score: page.gated?.detection?.score ?? null,
        reasons: page.gated?.detection?.reasons ?? [],
        language: page.language,
        root: page.root === document.body ? 'body' : page.root.tagName.toLowerCase(),
        forms: page.forms.length,
        textChars: walkText(document),
        isolated: globalThis.crossOriginIsolated === true,
      };
    },
    run(name, options) {
      const timed = SLICED.has(name) ? withoutYields(operations[name]) : operations[name];
      return timeOperation(timed, options);
    },
    /**
     * Runs `name` once, cold, and keeps what it built alive (for the heap); returns its ms and the
     * longest task of ours: its longest slice, or a `longtask` (over 50 ms) until the frame after
     * (the overlay's measurement in a frame callback). The browser's own yields stay: its slices are
     * tasks of their own, as in the extension.
     */
    async hold(name) {
      const start = performance.now();
      const { result, ms, longest } = await timeSlices(operations[name]);
      held = result;
      // Let the observer deliver the entries of the last slices, and of the frame after, before reading them.
      await afterNextFrame();
      return { ms, longest: Math.max(longest, longestTaskDuring([[start, performance.now()]])) };
    },
    /**
     * The page measurement the overlay leaves to the next frame (style and layout of the page with
     * our highlight style and host added, then the rectangles): median ms over `runs` fresh overlays.
     */
    async layoutPass(runs = 5) {
      if (!page.gated?.detection?.about) return null;
      const times = [];
      for (let i = 0; i < runs; i += 1) {
        const teardown = await renderOverlay.start({ ...page.gated, forced: false }, { timeLayout: true });
        times.push(teardown.layoutMs);
        await teardown();
        await afterNextFrame();
      }
      times.sort((a, b) => a - b);
      return times[times.length >> 1];
    },
    /** Median ms of `emptyRender` (the floor of any first render) over `runs` runs after a frame each. */
    async renderFloor(runs = 9) {
      const times = [];
      for (let i = 0; i < runs; i += 1) {
        const start = performance.now();
        const remove = emptyRender(mods.overlayCss.default);
        times.push(performance.now() - start);
        remove();
        await afterNextFrame();
      }
      times.sort((a, b) => a - b);
      return times[times.length >> 1];
    },
    async release() {
      if (typeof held === 'function') await held();
      held = null;
    },
  };
}
