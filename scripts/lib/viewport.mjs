// Sizing a tab's viewport in both browsers, whatever their versions.
//
// puppeteer-core 24's setViewport over WebDriver BiDi sends `browsingContext.setViewport` together
// with `emulation.setScreenOrientationOverride`, and Firefox ESR 140 answers the second with
// "unknown command": the whole call rejects although the viewport itself was accepted. Every
// Firefox we support knows `browsingContext.setViewport`, so Firefox gets that command alone;
// Chromium keeps puppeteer's CDP emulation.
import { execFileSync } from 'node:child_process';

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Sizes `page`'s viewport to { width, height } (CSS px) and waits until the page sees that size. */
export async function setViewport(page, viewport) {
  const { width, height } = viewport;
  const context = page.mainFrame().browsingContext;
  if (page.browser().cdpSupported || typeof context?.setViewport !== 'function') {
    await page.setViewport(viewport);
  } else {
    await context.setViewport({
      viewport: { width, height },
      devicePixelRatio: viewport.deviceScaleFactor ?? null,
    });
  }
  await waitForSize(page, width, height);
}

// A resize reaches the page's layout asynchronously in Firefox; tests measure right after sizing.
async function waitForSize(page, width, height) {
  const deadline = Date.now() + 5000;
  let seen = null;
  while (Date.now() < deadline) {
    seen = await page.evaluate(() => [innerWidth, innerHeight]).catch(() => null);
    if (seen && seen[0] === width && seen[1] === height) return;
    // about:blank before a first navigation may report 0 × 0 in Firefox; the size applies on load.
    if (seen && seen[0] === 0) return;
    await sleep(25);
  }
  throw new Error(`viewport stayed ${seen?.join(' × ')} after asking for ${width} × ${height}`);
}

/** The version a browser executable prints (`Chromium 150.…`, `Mozilla Firefox 140.…esr`). */
export function executableVersion(executablePath) {
  try {
    return execFileSync(executablePath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n')[0];
  } catch (error) {
    return `unknown (${executablePath} --version failed: ${error.message.split('\n')[0]})`;
  }
}
