// Helpers for the popup's end-to-end tests: the popup page opened as a tab that controls another tab.
import { openExtensionPage, tabIdOf } from '../../../scripts/lib/extension-pages.mjs';
import { setViewport } from '../../../scripts/lib/viewport.mjs';
import { openPage, waitFor } from './suite.mjs';

/**
 * Opens an extension page, once more if Firefox's remote protocol fails while the page is still
 * navigating ("right-hand side of 'in' should be an object"): a harness hiccup, not a product error.
 */
export async function openExtension(env, path, selector) {
  try {
    return await openExtensionPage(env, path, selector);
  } catch (error) {
    if (env.name !== 'firefox') throw error;
    return openExtensionPage(env, path, selector);
  }
}

/** The popup controlling tab `tabId` (`?tabId=N`), optionally at a given viewport. */
export async function openPopupFor(env, tabId, viewport) {
  const ext = await openExtension(env, `popup.html?tabId=${tabId}`, '[data-testid="tab-status"]');
  if (viewport) await setViewport(ext, viewport);
  return ext;
}

/** The popup's verdict for its tab: loading, not-web-page, unavailable, detected or not-detected. */
export const tabState = (ext) => ext.$eval('[data-testid="tab-status"]', (el) => el.dataset.state);

/**
 * Opens fixture `path` (e.g. `is-article-en.html?x=1`) in a tab, and a helper extension page that
 * finds its tab id: { page, helper, tabId }.
 */
export async function openFixture(env, path) {
  const url = env.server.url(`/${path}`);
  const page = await openPage(env, url);
  const helper = await openExtension(env, 'popup.html', '[data-testid="popup"]');
  const tabId = await waitFor(() => tabIdOf(helper, url));
  return { page, helper, tabId };
}

/** How many overlay hosts the page holds (one at most, ever). */
export const overlayHosts = (page) => page.evaluate(() => document.querySelectorAll('context-margin').length);
