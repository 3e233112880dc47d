import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { entryFiles } from './vite-entry-files';

// Content scripts need only a few extension calls (storage reads and change events, runtime messages,
// i18n), all promise-based in Chrome MV3 and native `browser` in Firefox, so they use WXT's plain
// `browser` instead of webextension-polyfill: about 3 kB gzip less in each. The polyfill module
// aliases `wxt/browser` for every build; this plugin undoes that for the entries listed here only.
// The background and the popup keep the polyfill.

const POLYFILL_BROWSER = '@wxt-dev/webextension-polyfill/browser';
const LAZY_BROWSER = '\0context-margin:lazy-browser';

// The sniffer runs on every page and calls the extension once, if ever (to wake the gate). Looking
// the API up at start (`chrome`, `browser.runtime.id`) builds the extension bindings in the page's
// content-script world: ~0.9 ms on every page load, measured from outside in Chromium. Its `browser`
// finds the API on first use instead.
const LAZY_BROWSER_SOURCE = `
let api;
const resolve = () => (api ??= globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome);
export const browser = new Proxy({}, { get: (_target, key) => Reflect.get(resolve(), key) });
`;
const LAZY_BROWSER_ENTRY = /[\\/]entrypoints[\\/]sniff\.ts$/;

/** The every-page sniffer, and the gate and overlay that the background injects. */
export const PLAIN_BROWSER_ENTRIES: readonly RegExp[] = [
  /[\\/]entrypoints[\\/]sniff\.ts$/,
  /[\\/]entrypoints[\\/]gate\.ts$/,
  /[\\/]entrypoints[\\/]overlay[\\/]index\.tsx$/,
];

export function plainBrowser(entries: readonly RegExp[] = PLAIN_BROWSER_ENTRIES): Plugin {
  const plain = createRequire(import.meta.url).resolve('@wxt-dev/browser');
  let building = false;
  let lazy = false;
  return {
    name: 'context-margin:plain-browser',
    enforce: 'pre',
    options(options) {
      const inputs = entryFiles(options.input);
      // WXT builds each content script on its own, so one build is either all plain or not.
      building = inputs.some((entry) => entries.some((pattern) => pattern.test(entry)));
      lazy = building && inputs.every((entry) => LAZY_BROWSER_ENTRY.test(entry));
      return null;
    },
    resolveId(source) {
      if (!building || source !== POLYFILL_BROWSER) return null;
      return lazy ? LAZY_BROWSER : plain;
    },
    load(id) {
      return id === LAZY_BROWSER ? LAZY_BROWSER_SOURCE : null;
    },
  };
}
