import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

// The every-page gate needs four extension calls (storage read, storage change events, runtime
// messages), all promise-based in Chrome MV3 and Firefox, so it uses WXT's plain `browser` instead of
// webextension-polyfill: about 3 kB gzip less on every page. Other bundles keep the polyfill.
// The polyfill module aliases `wxt/browser` for every build; this plugin undoes that for the gate only.

const GATE_ENTRY = /[\\/]entrypoints[\\/]content\.ts$/;
const POLYFILL_BROWSER = '@wxt-dev/webextension-polyfill/browser';

export function gatePlainBrowser(): Plugin {
  const plainBrowser = createRequire(import.meta.url).resolve('@wxt-dev/browser');
  let buildingGate = false;
  return {
    name: 'context-margin:gate-plain-browser',
    enforce: 'pre',
    options(options) {
      const input = options.input;
      const entries =
        typeof input === 'string' ? [input] : Array.isArray(input) ? input : Object.values(input ?? {});
      buildingGate = entries.some((entry) => GATE_ENTRY.test(entry));
      return null;
    },
    resolveId(source) {
      return buildingGate && source === POLYFILL_BROWSER ? plainBrowser : null;
    },
  };
}
