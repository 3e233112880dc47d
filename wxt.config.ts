import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { compileHints } from './scripts/vite-compile-hints';
import { plainBrowser } from './scripts/vite-plain-browser';

// Firefox-only keys are emitted through the function form so Chrome's manifest stays clean.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every module imports what it uses; no globals appear from nowhere.
  imports: false,
  hooks: {
    // The gate and the overlay are unlisted scripts (see entrypoints/gate.ts), written where WXT put
    // them as content scripts, so that injection paths, tests and tools stay as they were.
    'entrypoints:resolved': (wxt, entrypoints) => {
      for (const entry of entrypoints) {
        if (entry.type === 'unlisted-script' && (entry.name === 'gate' || entry.name === 'overlay')) {
          entry.outputDir = resolve(wxt.config.outDir, 'content-scripts');
        }
      }
    },
    // The every-page sniffer is an unlisted script (see entrypoints/sniff.ts): list it here.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: ['http://*/*', 'https://*/*'], js: ['sniff.js'], run_at: 'document_idle' },
      ];
    },
  },
  // No modulepreload polyfill: it would fetch() chunks the extension page already loads natively.
  // The content scripts (gate and overlay) are built without the polyfill (see scripts/vite-plain-browser.ts).
  // The scripts a page runs carry a compile hint for Chromium (see scripts/vite-compile-hints.ts).
  vite: () => ({
    plugins: [preact(), plainBrowser(), compileHints()],
    // ASCII output, from esbuild and terser alike, so that V8 keeps the scripts' source one byte a
    // character. Terser packs the scripts 4-8 % smaller (gzip) than esbuild's minifier.
    esbuild: { charset: 'ascii' },
    build: {
      modulePreload: { polyfill: false },
      minify: 'terser',
      terserOptions: { compress: { passes: 2 }, format: { ascii_only: true } },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting'],
    // Where the background may inject the gate and the overlay (unlisted scripts, so WXT does not
    // derive these from their match patterns as it did for runtime content scripts).
    host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'toggle-overlay': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_commandToggle__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko_android: { strict_min_version: '142.0' },
            gecko: {
              id: 'context-margin@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
