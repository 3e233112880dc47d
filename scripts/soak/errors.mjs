// Collects errors thrown or logged by the extension: its content scripts (in the page), its background
// (Chromium's service worker through the DevTools protocol; Firefox's background page through hooks
// set from an extension page) and its popup.

const CSP_REPORT = /Content[- ]Security[- ]Policy|violates the following/i;
// Firefox's own HTML parser reports flattening a page's very deep markup as a page error with no
// stack; it comes from parsing the page, before and whatever any script does.
const PARSER_REPORT = /^The document tree is too deep\./;

/**
 * Page errors under `script-src 'none'`: the page's own scripts cannot run, so an uncaught error
 * either names the extension in its stack or carries no page location at all (Firefox drops the
 * stack of content-script rejections). CSP reports about the blocked page scripts are not ours.
 */
function isExtensionPageError(error, origin) {
  const text = `${error?.message ?? ''}\n${error?.stack ?? ''}`;
  if (text.includes(origin)) return true;
  if (CSP_REPORT.test(text) || PARSER_REPORT.test(String(error?.message ?? ''))) return false;
  return !/https?:\/\//.test(error?.stack ?? '');
}

/** Records the extension's errors in `page` into `sink` as { where, page, text }. */
export function watchPage(page, { origin, where, label, sink }) {
  page.on('pageerror', (error) => {
    if (where !== 'content' || isExtensionPageError(error, origin)) {
      sink.push({ where, page: label(), text: String(error?.message ?? error).slice(0, 300) });
    }
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const url = message.location()?.url ?? '';
    const ours = where !== 'content' || url.startsWith(origin) || message.text().includes(origin);
    if (ours && !/Failed to load resource/.test(message.text())) {
      sink.push({ where, page: label(), text: `console.error: ${message.text().slice(0, 300)}` });
    }
  });
}

/** Chromium: attaches to the extension's service worker (now and after restarts). */
export async function watchServiceWorker(browser, { origin, label, sink }) {
  const attach = async (target) => {
    if (target.type() !== 'service_worker' || !target.url().startsWith(origin)) return;
    const session = await target.createCDPSession().catch(() => null);
    if (!session) return;
    session.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
      const text = d.exception?.description ?? d.text;
      sink.push({ where: 'background', page: label(), text: String(text).slice(0, 300) });
    });
    session.on('Runtime.consoleAPICalled', (event) => {
      if (event.type !== 'error') return;
      const text = event.args.map((a) => a.value ?? a.description ?? '').join(' ');
      sink.push({ where: 'background', page: label(), text: `console.error: ${text.slice(0, 300)}` });
    });
    await session.send('Runtime.enable').catch(() => {});
  };
  browser.on('targetcreated', attach);
  await Promise.all(browser.targets().map(attach));
}

/** Firefox (MV2): hooks the background page's error events and console.error from `control`. */
export async function hookBackgroundPage(control) {
  return control.evaluate(async () => {
    const background = await globalThis.browser.runtime.getBackgroundPage();
    if (!background) return false;
    const seen = [];
    globalThis.__cmBackgroundErrors = seen;
    background.addEventListener('error', (event) => seen.push(String(event.message)));
    background.addEventListener('unhandledrejection', (event) => seen.push(`rejection: ${event.reason}`));
    const original = background.console.error;
    background.console.error = (...parts) => {
      seen.push(`console.error: ${parts.join(' ')}`);
      original.apply(background.console, parts);
    };
    return true;
  });
}

/** Firefox: moves what the background hooks saw since the last call into `sink`. */
export async function drainBackgroundPage(control, { label, sink }) {
  const texts = await control
    .evaluate(() => (globalThis.__cmBackgroundErrors ?? []).splice(0))
    .catch(() => []);
  for (const text of texts) sink.push({ where: 'background', page: label(), text: text.slice(0, 300) });
}
