import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { modulePageReader } from '@/content/gate/page-reader';
import { createOverlayController, MAX_REMOUNTS } from '@/content/overlay/overlay-controller';
import { createShadowHost, isHtmlDocument } from '@/entrypoints/overlay/shadow-host';
import type { TabStatus } from '@/utils/messages';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { loadFixture } from './overlay-page';

// Issue #18 items 4 and 5: a failed mount rolls back, a removed host is mounted again once and then
// torn down; XML and SVG documents get no host. (A page-defined <context-margin>: happy-dom shares
// one registry between documents, unlike browsers, so tests/e2e/page-cannot-see-us.test.mjs covers it.)

let published: TabStatus[];
const controllers: ReturnType<typeof createOverlayController>[] = [];
const last = () => published[published.length - 1];

beforeEach(() => {
  loadFixture('is-article-en.html');
  published = [];
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  for (const c of controllers.splice(0)) c.destroy();
});

function controller(mount: () => Promise<{ host: Element; remove(): void }>) {
  const created = createOverlayController({
    doc: document,
    reader: modulePageReader,
    gate: () => undefined,
    settings: DEFAULT_SETTINGS,
    mount,
    publish: (status) => published.push(status),
  });
  controllers.push(created);
  return created;
}

const mountHost = vi.fn(async () => {
  const host = document.createElement('context-margin');
  document.documentElement.append(host);
  return { host, remove: () => host.remove() };
});

describe('overlay host safety', () => {
  it('rolls back a mount that fails: not visible, no highlights, status says so', async () => {
    const before = document.documentElement.outerHTML;
    const c = controller(async () => {
      throw new Error('attachShadow refused');
    });
    c.setVisible(true);
    await vi.waitFor(() => expect(c.status().overlayVisible).toBe(false));
    expect(last()).toMatchObject({ overlayVisible: false });
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('mounts again once when the page removes the host, then tears down cleanly', async () => {
    const before = document.documentElement.outerHTML;
    mountHost.mockClear();
    const c = controller(mountHost);
    c.setVisible(true);
    await vi.waitFor(() => expect(document.querySelector('context-margin')).not.toBeNull());
    for (let removal = 0; removal <= MAX_REMOUNTS; removal++) {
      document.querySelector('context-margin')?.remove();
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (removal < MAX_REMOUNTS)
        await vi.waitFor(() => expect(mountHost).toHaveBeenCalledTimes(removal + 2));
    }
    await vi.waitFor(() => expect(c.status().overlayVisible).toBe(false));
    expect(last()).toMatchObject({ overlayVisible: false, notes: 0 });
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('refuses XML and SVG documents', () => {
    const svg = new DOMParser().parseFromString('<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml');
    const xml = new DOMParser().parseFromString('<feed><title>ISIS</title></feed>', 'application/xml');
    expect(isHtmlDocument(document)).toBe(true);
    expect(isHtmlDocument(svg)).toBe(false);
    expect(isHtmlDocument(xml)).toBe(false);
    expect(() => createShadowHost(svg, 'context-margin', '')).toThrow();
  });
});
