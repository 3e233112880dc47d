// Runs the product's own path on one labelled page: read-page and detection (the gate), then note
// placement with default settings, exactly as the overlay does (content/overlay/overlay-analysis.ts).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { bundleModules } from './corpus.mjs';

/** The content modules in one ESM file, so that the eval runs the code the browser runs. */
export async function bundlePlacement(repoRoot) {
  const file = await bundleModules(
    repoRoot,
    [
      // The corpus has pages in every language: all of them are registered, as the page's own pack would be.
      "import './content/knowledge/languages/all.ts';",
      "export { runGate } from './content/gate/gate.ts';",
      "export { analyseNotes } from './content/overlay/overlay-analysis.ts';",
      "export { languageOf } from './content/read/language-of.ts';",
      "export { DEFAULT_SETTINGS } from './utils/settings-core/schema';",
    ].join('\n'),
  );
  return import(file);
}

// linkedom has no NodeFilter; the text walker reads SHOW_TEXT from it, as from a browser's window.
globalThis.NodeFilter ??= { SHOW_ELEMENT: 1, SHOW_TEXT: 4 };

export const normalise = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Every note the product places on one page: `{note, text, matched}`. Pages the gate does not
 * detect get none, as in the browser. `minScore` overrides the default only for tuning.
 */
export function placeOnPage(product, path, minScore) {
  const html = gunzipSync(readFileSync(path)).toString('utf8');
  return placeInDocument(product, parseHTML(html).document, minScore);
}

/** `placeOnPage` for a document already parsed (a test's own page, say). */
export function placeInDocument(product, document, minScore) {
  const { reading, detection } = product.runGate(document, product.DEFAULT_SETTINGS.sensitivity);
  if (!reading || !detection.about) return [];
  const language = product.languageOf(detection.language, reading.language, document.documentElement.lang);
  const settings = product.DEFAULT_SETTINGS;
  const analysis = product.analyseNotes(reading, language, { ...settings, minScore });
  return analysis.notes.map(({ note, placement }) => ({
    note: note.id,
    text: normalise(placement.paragraph.textContent),
    matched: placement.matched,
  }));
}
