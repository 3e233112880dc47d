import type { Plugin } from 'vite';
import { entryFiles } from './vite-entry-files';

// The knowledge pack holds cues and aliases in six languages, written as one `lang: '…',` line each
// in content/knowledge/*.ts; one page only ever uses its own language (plus English names). So the
// overlay bundle keeps the English lines only, and each entrypoints/language-xx.ts script keeps its
// language's lines only (the background injects it before the overlay on a page in that language).
// Other builds (background, popup, tests) keep the data whole. The data files are not changed.

const OVERLAY_ENTRY = /[\\/]entrypoints[\\/]overlay[\\/]index\.tsx$/;
const LANGUAGE_ENTRY = /[\\/]entrypoints[\\/]language-([a-z]{2})\.ts$/;
const PACK_MODULE = /[\\/]content[\\/]knowledge[\\/][^\\/]+\.ts$/;
const LANGUAGE_LINE = /^[ \t]*(en|es|fr|it|de|ar): '[^'\\\n]*',?[ \t]*\n/gm;

/** `source` with the language lines of other languages than `keep` removed. */
export function keepLanguages(source: string, keep: readonly string[]): string {
  return source.replace(LANGUAGE_LINE, (line, language: string) => (keep.includes(language) ? line : ''));
}

export function languagePacks(): Plugin {
  let keep: string[] | null = null;
  return {
    name: 'context-margin:language-packs',
    enforce: 'pre',
    options(options) {
      const inputs = entryFiles(options.input);
      keep = null;
      for (const entry of inputs) {
        if (OVERLAY_ENTRY.test(entry)) keep = ['en'];
        const language = LANGUAGE_ENTRY.exec(entry)?.[1];
        if (language) keep = [language];
      }
      return null;
    },
    transform(code, id) {
      if (!keep || !PACK_MODULE.test(id.split('?')[0] ?? id)) return null;
      return { code: keepLanguages(code, keep), map: null };
    },
  };
}
