// Talking to the installed extension from one of its own pages, as the popup does: open the page,
// find a tab's id, ask the tab's gate. Launching the browser is browsers.mjs.
import { newTab } from './browsers.mjs';

/** Opens an extension page; Firefox never resolves goto() on moz-extension pages. */
export async function openExtensionPage(ctx, path, readySelector) {
  const page = await newTab(ctx);
  const url = `${ctx.extensionOrigin}/${path}`;
  if (ctx.name === 'firefox') {
    page.goto(url).catch(() => {});
  } else {
    await page.goto(url);
  }
  if (readySelector) await waitForSelectorThroughNavigation(page, readySelector, 15000);
  return page;
}

// Firefox may evaluate in the realm of the page being replaced while an extension page loads, and
// the query then throws ("right-hand side of 'in' should be an object"); asking again succeeds.
async function waitForSelectorThroughNavigation(page, selector, timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await page.waitForSelector(selector, {
        timeout: Math.max(500, Math.min(3000, deadline - Date.now())),
      });
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
}

/** Finds the tab id of the page whose URL starts with `url`, from inside an extension page. */
export async function tabIdOf(extPage, url) {
  return extPage.evaluate(async (u) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url?.startsWith(u))?.id ?? null;
  }, url);
}

/**
 * Sends `message` to the gate of tab `tabId` from inside an extension page, as the popup does: where
 * the sniffer did not wake a gate, it injects one and asks again (unless `inject` is false).
 * Resolves to { ok: true, answer } or { ok: false, error }.
 */
export async function askGate(extPage, tabId, message, { inject = true } = {}) {
  return extPage.evaluate(
    async (id, m, injectGate) => {
      const api = globalThis.browser ?? globalThis.chrome;
      const ask = () => api.tabs.sendMessage(id, m, { frameId: 0 });
      try {
        return { ok: true, answer: await ask() };
      } catch (error) {
        if (!injectGate) return { ok: false, error: String(error?.message ?? error) };
        try {
          const target = { tabId: id, frameIds: [0] };
          await api.scripting.executeScript({ target, files: ['/content-scripts/gate.js'] });
          return { ok: true, answer: await ask() };
        } catch (retryError) {
          return { ok: false, error: String(retryError?.message ?? retryError) };
        }
      }
    },
    tabId,
    message,
    inject,
  );
}

/** The gate's status for tab `tabId` (see askGate); null when no gate answers. */
export async function statusOf(extPage, tabId, options) {
  const reply = await askGate(extPage, tabId, { type: 'get-status' }, options);
  return reply.ok ? reply.answer : null;
}
