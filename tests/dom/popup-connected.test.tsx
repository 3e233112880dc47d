import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/popup/Popup';
import { loadSettings, MAX_DISABLED_SITES, saveSetting } from '@/utils/settings';
import { emptyTabStatus } from '@/utils/tab-status';

type Messages = Record<string, { message: string }>;
const english: Messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'));
const status = {
  ...emptyTabStatus(),
  detection: { about: true, score: 9, language: 'en', reasons: ['“ISIS” ×5'] },
  overlayLoaded: true,
  overlayVisible: true,
  notes: 3,
  terms: 7,
  hostname: 'www.example.com',
  enabled: true,
};

let container: HTMLElement;
let send: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (english[key]?.message ?? '').replace(/\$(\d)/g, (_, n) => list[Number(n) - 1] ?? '');
  }) as never);
  send = vi.fn(async () => status);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(send as never);
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

async function mount(tabId: number | null = 42) {
  await act(async () => {
    render(<Popup tabId={tabId} />, container);
  });
  await vi.waitFor(() => expect(container.querySelector('[data-testid="verdict"]')).not.toBeNull());
}
const $ = <T extends HTMLElement = HTMLElement>(selector: string) => container.querySelector(selector) as T;
const click = (selector: string) => act(async () => $(selector).click());

describe('Popup (connected)', () => {
  it('asks the chosen tab for its status and shows it', async () => {
    await mount(42);
    expect(send).toHaveBeenCalledWith(42, { type: 'get-status' }, { frameId: 0 });
    expect($('[data-testid="counts"]').textContent).toBe('3 notes placed · 7 terms highlighted');
  });

  it('says "not available here" when a web page does not answer', async () => {
    send.mockRejectedValue(new Error('Receiving end does not exist.'));
    const tab = await fakeBrowser.tabs.create({ url: 'https://chromewebstore.google.com/detail/x' });
    await act(async () => {
      render(<Popup tabId={tab.id as number} />, container);
    });
    await vi.waitFor(() => expect($('[data-testid="tab-status"]').dataset.state).toBe('unavailable'));
  });

  it('saves a change and shows it', async () => {
    await mount();
    await click('#setting-highlights');
    await vi.waitFor(async () => expect((await loadSettings()).highlights).toBe(false));
    expect($<HTMLInputElement>('#setting-highlights').checked).toBe(false);
  });

  it('keeps every one of several quick changes while the stored copies of earlier ones arrive late', async () => {
    await saveSetting('kinds', { argument: false, claim: false, prediction: false });
    await mount();
    // Storage is slow to write, as a busy browser's is: the stored copy that arrives after the first
    // save lands after the second click, and the third click must not be computed from it.
    const later = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
    for (const area of [fakeBrowser.storage.sync, fakeBrowser.storage.local]) {
      const [get, set] = [area.get.bind(area), area.set.bind(area)];
      vi.spyOn(area, 'set').mockImplementation((async (items: never) => {
        await later(60);
        return set(items);
      }) as never);
      vi.spyOn(area, 'get').mockImplementation((async (keys: never) => {
        const result = await get(keys);
        await later(10);
        return result;
      }) as never);
    }
    for (const kind of ['argument', 'claim', 'prediction']) {
      await click(`#setting-kind-${kind}`);
      await act(() => later(40));
    }
    await act(() => later(400));
    expect((await loadSettings()).kinds).toEqual({ argument: true, claim: true, prediction: true });
    for (const kind of ['argument', 'claim', 'prediction'])
      expect($<HTMLInputElement>(`#setting-kind-${kind}`).checked).toBe(true);
  });

  it('keeps every kind changed in one burst, before the form renders again', async () => {
    await saveSetting('kinds', { argument: false, claim: false, prediction: false });
    await mount();
    await act(async () => {
      for (const kind of ['argument', 'claim', 'prediction']) $(`#setting-kind-${kind}`).click();
    });
    await vi.waitFor(async () =>
      expect((await loadSettings()).kinds).toEqual({ argument: true, claim: true, prediction: true }),
    );
  });

  it('turns the site off by its normalised host name and sends the toggle to the tab', async () => {
    await mount();
    await click('[data-testid="disable-site"]');
    await vi.waitFor(async () => expect((await loadSettings()).disabledSites).toEqual(['example.com']));
    await click('[data-testid="toggle-overlay"]');
    expect(send).toHaveBeenCalledWith(
      42,
      { type: 'set-overlay', visible: 'toggle', force: true },
      { frameId: 0 },
    );
  });

  it('reports a failed save and shows the stored value again', async () => {
    await saveSetting('theme', 'dark');
    await mount();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await click('#setting-highlights');
    await vi.waitFor(() => expect($('[role="alert"]').textContent).toContain('QUOTA_BYTES quota exceeded'));
    expect($<HTMLInputElement>('#setting-highlights').checked).toBe(true);
    expect($('[data-testid="popup"]').dataset.theme).toBe('dark');
    await click('[role="alert"] button');
    expect($('[role="alert"]')).toBeNull();
  });

  it('says so when the site list is full, and keeps the list as stored', async () => {
    const full = Array.from({ length: MAX_DISABLED_SITES }, (_, i) => `site${i}.org`);
    await saveSetting('disabledSites', full);
    await mount();
    await click('[data-testid="disable-site"]');
    await vi.waitFor(() =>
      expect($('[role="alert"]').textContent).toContain(`is full (${MAX_DISABLED_SITES} sites)`),
    );
    expect((await loadSettings()).disabledSites).toEqual(full);
  });

  it('reports a tab that stops answering when asked to show the notes', async () => {
    await mount();
    send.mockRejectedValue(new Error('Receiving end does not exist.'));
    await click('[data-testid="toggle-overlay"]');
    await vi.waitFor(() => expect($('[role="alert"]').textContent).toContain('did not answer'));
  });
});
