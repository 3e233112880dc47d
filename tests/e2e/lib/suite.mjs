// Shared setup for E2E files: one browser per describe block, one fixture server per file.
import { after, before, describe } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, newTab } from '../../../scripts/lib/browsers.mjs';
import { serve } from '../../../scripts/lib/server.mjs';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

/** The browsers this run tests, from E2E_BROWSERS (set by scripts/e2e.mjs). */
export function browsersUnderTest() {
  return (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',').filter(Boolean);
}

/**
 * Declares `body(env)` once per browser under test. `env` is filled before the tests run:
 * { browser, name, extensionOrigin, server }.
 */
export function forEachBrowser(title, body, options = {}) {
  for (const name of browsersUnderTest()) {
    describe(`${title} [${name}]`, { timeout: options.timeout ?? 180_000 }, () => {
      const env = {};
      before(async () => {
        env.server = await serve(options.root ?? FIXTURES, options.serve ?? {});
        Object.assign(env, await launchWithExtension(name, options.launch ?? {}));
      });
      after(async () => {
        await env.browser?.close().catch(() => {});
        await env.server?.close();
      });
      body(env);
    });
  }
}

/** Opens `url` in a fresh tab and waits until the page has loaded. */
export async function openPage(env, url, { viewport } = {}) {
  const page = await newTab(env, viewport);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

export const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Polls `check` until it returns a truthy value or `timeout` ms pass. */
export async function waitFor(check, { timeout = 10_000, interval = 100 } = {}) {
  const start = Date.now();
  let last;
  while (Date.now() - start < timeout) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await sleep(interval);
  }
  throw new Error(`waitFor timed out after ${timeout} ms (last: ${last})`);
}
