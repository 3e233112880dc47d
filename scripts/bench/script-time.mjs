// The renderer's script time as DevTools reports it (`Performance.getMetrics`), for the bench's
// measures from outside the page: over a page load in a bare target, or over a window on an open page.
import { keepSessionRequestsLocal } from '../lib/page-requests.mjs';

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * The renderer's main-thread JavaScript so far, in ms: running it (`ScriptDuration`) and compiling
 * it (`V8CompileDuration`, which ScriptDuration leaves out: an injected script's eager or lazy
 * compilation shows only there).
 */
async function scriptMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const run = value('ScriptDuration');
  const compile = value('V8CompileDuration');
  return { run, compile, total: run + compile };
}

const since = (after, before) => ({
  run: after.run - before.run,
  compile: after.compile - before.compile,
  total: after.total - before.total,
});

/**
 * Opens `url` in a fresh tab; returns the script ms spent from navigation to `settleMs` after load,
 * and the JS heap in use then (after a collection). The tab is a bare CDP target, not a puppeteer
 * page: puppeteer turns DevTools' Runtime domain on, and with it on, Chromium records a JS stack for
 * every postMessage (WXT's content-script context posts one as each injected script starts) and
 * reparses the script to locate it: several ms per flagged page that no reader pays.
 */
export async function scriptTimeOfLoad(browser, url, settleMs) {
  const root = await browser.target().createCDPSession();
  const { targetId } = await root.send('Target.createTarget', { url: 'about:blank' });
  try {
    const { sessionId } = await root.send('Target.attachToTarget', { targetId, flatten: true });
    const cdp = root.connection().session(sessionId);
    await keepSessionRequestsLocal(cdp, [new URL(url).origin]);
    await cdp.send('Performance.enable');
    await cdp.send('Page.enable');
    const before = await scriptMs(cdp);
    const loaded = new Promise((resolve) => cdp.once('Page.loadEventFired', resolve));
    await cdp.send('Page.navigate', { url });
    await Promise.race([loaded, sleep(30_000)]);
    await sleep(settleMs);
    const ms = since(await scriptMs(cdp), before);
    await cdp.send('HeapProfiler.collectGarbage');
    return {
      ms: ms.total,
      runMs: ms.run,
      compileMs: ms.compile,
      heap: (await cdp.send('Runtime.getHeapUsage')).usedSize,
    };
  } finally {
    await root.send('Target.closeTarget', { targetId }).catch(() => {});
    await root.detach().catch(() => {});
  }
}

/** Script time (running and compiling) spent during `windowMs` on an already open, settled page. */
export async function scriptTimeOver(page, windowMs) {
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const before = await scriptMs(cdp);
  await sleep(windowMs);
  return since(await scriptMs(cdp), before).total;
}
