import { afterEach, describe, expect, it } from 'vitest';
import { plainBrowser } from '@/scripts/vite-plain-browser';

const POLYFILL_BROWSER = '@wxt-dev/webextension-polyfill/browser';
type Hook = (...args: unknown[]) => unknown;

/** The plugin's answers for one build whose entries are `input`. */
function buildOf(input: string[]) {
  const plugin = plainBrowser();
  const call = (hook: unknown, ...args: unknown[]) => (hook as Hook).call({}, ...args);
  call(plugin.options, { input });
  return {
    resolve: (source: string) => call(plugin.resolveId, source, undefined, {}) as string | null,
    load: (id: string) => call(plugin.load, id) as string | null,
  };
}

// The test setup puts a fake `browser` on globalThis; these tests stand in Chrome's shoes instead.
const testBrowser = Object.getOwnPropertyDescriptor(globalThis, 'browser');
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'chrome');
  if (testBrowser) Object.defineProperty(globalThis, 'browser', testBrowser);
});

/** Runs the module's source text as the bundle would (its one export becomes the return value). */
function evaluate(source: string): { browser: { runtime: { id: string } } } {
  expect(source.match(/^export /gm)).toHaveLength(1);
  return new Function(`${source.replace(/^export /m, '')}\nreturn { browser };`)();
}

describe('plainBrowser', () => {
  it('keeps the polyfill out of the gate and the overlay, and leaves other builds alone', () => {
    expect(buildOf(['/r/entrypoints/gate.ts']).resolve(POLYFILL_BROWSER)).toContain('@wxt-dev');
    expect(buildOf(['/r/entrypoints/overlay/index.tsx']).resolve(POLYFILL_BROWSER)).toMatch(
      /@wxt-dev[\\/]browser/,
    );
    expect(buildOf(['/r/entrypoints/background.ts']).resolve(POLYFILL_BROWSER)).toBeNull();
    expect(buildOf(['/r/entrypoints/gate.ts']).resolve('preact')).toBeNull();
  });

  it('gives the every-page sniffer a browser that reads the extension API only when it is first used', async () => {
    const sniff = buildOf(['/r/entrypoints/sniff.ts']);
    const id = sniff.resolve(POLYFILL_BROWSER);
    expect(id).not.toMatch(/@wxt-dev/);
    const source = sniff.load(id as string);
    expect(source).toBeTypeOf('string');

    let lookups = 0;
    const api = { runtime: { id: 'extension-id' } };
    // As in Chrome: no `browser`, the API on `chrome`; every lookup of either is counted.
    for (const [name, value] of [
      ['browser', undefined],
      ['chrome', api],
    ] as const) {
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get: () => {
          lookups += 1;
          return value;
        },
      });
    }
    const { browser } = evaluate(source as string);
    expect(lookups).toBe(0);
    expect(browser.runtime.id).toBe('extension-id');
    expect(browser.runtime).toBe(api.runtime);
    const afterFirstUse = lookups;
    expect(afterFirstUse).toBeGreaterThan(0);
    void browser.runtime;
    expect(lookups).toBe(afterFirstUse);
  });
});
