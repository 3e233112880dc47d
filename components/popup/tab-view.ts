import type { TabStatus } from '@/utils/messages';

/** What the popup knows about the tab it controls. */
export type TabView =
  | { kind: 'loading' }
  /** No content script can run: a browser page, or a page we have no access to. */
  | { kind: 'not-web-page' }
  /** A web page where the content script does not answer: a store, a PDF, or a page opened before the install. */
  | { kind: 'unavailable' }
  | { kind: 'page'; status: TabStatus };

/** Which "cannot run here" message fits a tab whose content script did not answer. */
export function unreachableView(url: string | undefined): TabView {
  // Without the `tabs` permission the URL is only visible on pages we have host access to, so a
  // missing URL means a browser page or similar.
  return url && /^https?:/i.test(url) ? { kind: 'unavailable' } : { kind: 'not-web-page' };
}
