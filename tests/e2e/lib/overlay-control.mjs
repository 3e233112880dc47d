// Driving the overlay from the extension's side in E2E files, as the background, the popup and the
// keyboard command do: inject it, show or hide it, toggle it, read the badge.
import { openExtensionPage, tabIdOf } from '../../../scripts/lib/extension-pages.mjs';
import { openRecordedPage, waitForNotes } from './overlay.mjs';
import { openPage, waitFor } from './suite.mjs';

/** Runs `work(ext, tabId)` in an extension page for the tab showing `url`, then closes the page. */
async function fromExtension(env, url, work) {
  const ext = await openExtensionPage(env, 'popup.html', '[data-testid="popup"]');
  try {
    return await work(ext, await waitFor(() => tabIdOf(ext, url)));
  } finally {
    await ext.close();
  }
}

/** Runs /content-scripts/overlay.js in the tab showing `url`, from an extension page. */
export async function injectOverlay(env, url) {
  await fromExtension(env, url, (ext, tabId) =>
    ext.evaluate(async (id) => {
      const api = globalThis.browser ?? globalThis.chrome;
      await api.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/overlay.js'] });
    }, tabId),
  );
}

/** Shows (`true`), hides (`false`) or toggles the overlay in tab `tabId` as "show anyway" does. */
export const setOverlay = (ext, tabId, visible) =>
  ext.evaluate(
    (id, v) =>
      (globalThis.browser ?? globalThis.chrome).tabs.sendMessage(id, {
        type: 'set-overlay',
        visible: v,
        force: true,
      }),
    tabId,
    visible,
  );

/**
 * The overlay on the page at `url`: the gate injects it on pages it detects; otherwise (a page it
 * does not flag, or a gate that is off) the test injects it the way the background would.
 */
export async function ensureOverlay(env, page, url, { wait = 4000 } = {}) {
  const hasHost = () => page.evaluate(() => document.querySelector('context-margin') !== null);
  const appeared = await waitFor(hasHost, { timeout: wait }).catch(() => false);
  if (!appeared) await injectOverlay(env, url);
}

/**
 * Opens the fixture at `path` (recorded before any content script runs, with `recorded`; see
 * openRecordedPage), makes sure the overlay is on it and waits for `min` notes.
 * Returns { page, url, count }.
 */
export async function openWithNotes(
  env,
  path,
  { viewport = { width: 1400, height: 900 }, recorded = false, min = 1 } = {},
) {
  const url = env.server.url(path);
  const page = recorded ? await openRecordedPage(env, url, viewport) : await openPage(env, url, { viewport });
  await ensureOverlay(env, page, url);
  const count = await waitForNotes(page, min);
  return { page, url, count };
}

/** Runs the toggle keyboard command's handler on the tab showing `url`, as the shortcut would. */
export async function toggleByCommand(env, url) {
  return fromExtension(env, url, (ext, tabId) =>
    ext.evaluate(async (id) => {
      const api = globalThis.browser ?? globalThis.chrome;
      return api.runtime.sendMessage({ type: 'run-command', command: 'toggle-overlay', tabId: id });
    }, tabId),
  );
}

/** The badge text the background shows for the tab showing `url`. */
export async function badgeOf(env, url) {
  return fromExtension(env, url, (ext, tabId) =>
    ext.evaluate(async (id) => {
      const api = globalThis.browser ?? globalThis.chrome;
      return (api.action ?? api.browserAction).getBadgeText({ tabId: id });
    }, tabId),
  );
}
