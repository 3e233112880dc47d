import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { entryFiles } from './vite-entry-files';

// Content scripts need only a few extension calls (storage reads and change events, runtime messages,
// i18n), all promise-based in Chrome MV3 and native `browser` in Firefox, so they use WXT's plain
// `browser` instead of webextension-polyfill: about 3 kB gzip less in each. The polyfill module
// aliases `wxt/browser` for every build; this plugin undoes that for the entries listed here only.
// The background and the popup keep the polyfill.

const POLYFILL_BROWSER = '@wxt-dev/webextension-polyfill/browser';

/** The every-page sniffer, and the gate and overlay that the background injects. */
export const PLAIN_BROWSER_ENTRIES: readonly RegExp[] = [
  /[\\/]entrypoints[\\/]sniff\.ts$/,
  /[\\/]entrypoints[\\/]gate\.content\.ts$/,
  /[\\/]entrypoints[\\/]overlay\.content[\\/]index\.tsx$/,
];

export function plainBrowser(entries: readonly RegExp[] = PLAIN_BROWSER_ENTRIES): Plugin {
  const plain = createRequire(import.meta.url).resolve('@wxt-dev/browser');
  let building = false;
  return {
    name: 'context-margin:plain-browser',
    enforce: 'pre',
    options(options) {
      const inputs = entryFiles(options.input);
      // WXT builds each content script on its own, so one build is either all plain or not.
      building = inputs.some((entry) => entries.some((pattern) => pattern.test(entry)));
      return null;
    },
    resolveId(source) {
      return building && source === POLYFILL_BROWSER ? plain : null;
    },
  };
}
