import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundHandlers, OVERLAY_SCRIPT } from '@/utils/background-handlers';
import { askTab, GATE_SCRIPT, type TabStatus } from '@/utils/messages';
import { badgeText, emptyTabStatus } from '@/utils/tab-status';

const detection = { about: true, score: 14, language: 'en', reasons: ['“Islamic State” ×5'] };
const shown: TabStatus = {
  ...emptyTabStatus(),
  detection,
  overlayLoaded: true,
  overlayVisible: true,
  notes: 6,
};
const fromTab = (id: number) => ({ tab: { id } as never, frameId: 0, url: 'https://example.com/article' });
const fromPopup = () => ({ url: fakeBrowser.runtime.getURL('/popup.html') });
const fromPopupInTab = () => ({
  tab: { id: 2 } as never,
  url: fakeBrowser.runtime.getURL('/popup.html?tabId=11'),
});
const badgeOf = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

/** The tab still shows what the sender showed (Firefox's check; Chromium pins the document). */
const tabShows = (url: string) =>
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id) => ({ id, url }) as never);

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  tabShows('https://example.com/article');
});

describe('badgeText', () => {
  it('shows the number of notes of a detected page', () => {
    expect(badgeText(shown)).toBe('6');
    expect(badgeText({ ...shown, notes: 250 })).toBe('99+');
  });

  it('shows the notes of a page forced with "show anyway"', () => {
    expect(badgeText({ ...shown, detection: { ...detection, about: false }, forced: true })).toBe('6');
  });

  it('shows nothing while the reader hides the notes', () => {
    expect(badgeText({ ...shown, overlayVisible: false })).toBe('');
  });

  it('shows nothing when not detected, not loaded or without notes', () => {
    expect(badgeText(null)).toBe('');
    expect(badgeText(emptyTabStatus())).toBe('');
    expect(badgeText({ ...shown, detection: { ...detection, about: false } })).toBe('');
    expect(badgeText({ ...shown, overlayLoaded: false })).toBe('');
    expect(badgeText({ ...shown, notes: 0 })).toBe('');
    expect(badgeText({ ...shown, notes: Number.NaN })).toBe('');
  });
});

describe('background: badge', () => {
  it('follows the status each tab reports, per tab', async () => {
    const background = createBackgroundHandlers();
    await background.onMessage({ type: 'status-changed', status: shown }, fromTab(3));
    await background.onMessage({ type: 'status-changed', status: { ...shown, notes: 2 } }, fromTab(4));
    expect(await badgeOf(3)).toBe('6');
    expect(await badgeOf(4)).toBe('2');
    await background.onMessage(
      { type: 'status-changed', status: { ...shown, overlayLoaded: false } },
      fromTab(3),
    );
    expect(await badgeOf(3)).toBe('');
  });

  it('clears the badge when the tab loads a new page and forgets closed tabs', async () => {
    const background = createBackgroundHandlers();
    await background.onMessage({ type: 'status-changed', status: shown }, fromTab(3));
    background.onTabUpdated(3, { status: 'complete' });
    expect(await badgeOf(3)).toBe('6');
    background.onTabUpdated(3, { status: 'loading' });
    await vi.waitFor(async () => expect(await badgeOf(3)).toBe(''));
    expect(background.statusOf(3)).toBeUndefined();
    await background.onMessage({ type: 'status-changed', status: shown }, fromTab(5));
    background.forgetTab(5);
    expect(background.statusOf(5)).toBeUndefined();
  });

  it('ignores status messages that do not come from a tab, and anything malformed', async () => {
    const background = createBackgroundHandlers();
    expect(background.onMessage({ type: 'status-changed', status: shown }, {})).toBeUndefined();
    expect(background.onMessage({ type: 'status-changed', status: 'x' }, fromTab(3))).toBeUndefined();
    expect(background.onMessage('hello', fromTab(3))).toBeUndefined();
  });
});

describe('background: overlay injection', () => {
  it('injects the overlay script into the top frame of the sender tab', async () => {
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const background = createBackgroundHandlers();
    expect(await background.onMessage({ type: 'inject-overlay', force: false }, fromTab(7))).toBe(true);
    expect(execute).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: [OVERLAY_SCRIPT] });
  });

  it('answers false when the page refuses scripts, and never injects without a tab', async () => {
    const execute = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockRejectedValue(new Error('no access'));
    const background = createBackgroundHandlers();
    expect(await background.onMessage({ type: 'inject-overlay', force: true }, fromTab(7))).toBe(false);
    expect(await background.onMessage({ type: 'inject-overlay', force: true }, {})).toBe(false);
    expect(execute).toHaveBeenCalledTimes(1);
  });
});

describe('background: injection pinned to the asking document (#18 item 7)', () => {
  const fromDocument = (id: number) => ({ ...fromTab(id), documentId: 'DOC-1' });

  it('targets the sender document where the browser names it (Chromium)', async () => {
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const background = createBackgroundHandlers();
    expect(await background.onMessage({ type: 'start-gate' }, fromDocument(4))).toBe(true);
    expect(await background.onMessage({ type: 'inject-overlay', force: false }, fromDocument(4))).toBe(true);
    expect(execute).toHaveBeenNthCalledWith(1, {
      target: { tabId: 4, documentIds: ['DOC-1'] },
      files: [GATE_SCRIPT],
    });
    expect(execute).toHaveBeenNthCalledWith(2, {
      target: { tabId: 4, documentIds: ['DOC-1'] },
      files: [OVERLAY_SCRIPT],
    });
  });

  it('injects nothing when the tab moved on to another address meanwhile (Firefox)', async () => {
    tabShows('https://other.org/next');
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const background = createBackgroundHandlers();
    expect(await background.onMessage({ type: 'start-gate' }, fromTab(4))).toBe(false);
    expect(execute).not.toHaveBeenCalled();
  });
});

describe('background: settings before injection (#18 item 7)', () => {
  it.each([
    ['switched off everywhere', 'sync', { enabled: false }],
    ['switched off on the site', 'local', { disabledSites: ['example.com'] }],
  ] as const)('wakes no gate and injects no unasked overlay when %s', async (_, area, stored) => {
    await fakeBrowser.storage[area].set(stored);
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const background = createBackgroundHandlers();
    expect(await background.onMessage({ type: 'start-gate' }, fromTab(4))).toBe(false);
    expect(await background.onMessage({ type: 'inject-overlay', force: false }, fromTab(4))).toBe(false);
    expect(execute).not.toHaveBeenCalled();
    // The reader's own request ("show anyway", the shortcut) still reaches the page.
    expect(await background.onMessage({ type: 'inject-overlay', force: true }, fromTab(4))).toBe(true);
  });
});

describe('background: gate injection', () => {
  it('injects the gate into the top frame of a tab whose sniffer asks for it', async () => {
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const background = createBackgroundHandlers();
    expect(await background.onMessage({ type: 'start-gate' }, fromTab(4))).toBe(true);
    expect(await background.onMessage({ type: 'start-gate' }, {})).toBe(false);
    expect(execute).toHaveBeenCalledTimes(1);
    expect(execute).toHaveBeenCalledWith({ target: { tabId: 4, frameIds: [0] }, files: [GATE_SCRIPT] });
  });

  it('asks a tab without a gate again after injecting one; null where scripts may not run', async () => {
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValueOnce(new Error('Receiving end does not exist'))
      .mockResolvedValueOnce(shown);
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    expect(await askTab(5, { type: 'get-status' })).toEqual(shown);
    expect(execute).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledTimes(2);

    send.mockRejectedValue(new Error('Receiving end does not exist'));
    execute.mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    expect(await askTab(6, { type: 'get-status' })).toBeNull();
  });

  it('does not inject when the gate answers', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(shown);
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    expect(await askTab(5, { type: 'get-status' })).toEqual(shown);
    expect(execute).not.toHaveBeenCalled();
  });
});

describe('background: toggle command', () => {
  it('sends a forced toggle to the active tab', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.com/a' });
    // The fake browser has no way to make a created tab active, so the query is answered here.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(shown);
    const background = createBackgroundHandlers();
    expect(await background.runCommand('toggle-overlay')).toEqual(shown);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(send).toHaveBeenCalledWith(
      tab.id,
      { type: 'set-overlay', visible: 'toggle', force: true },
      { frameId: 0 },
    );
  });

  it('targets the tab given by the command event or by an extension page', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(shown);
    const background = createBackgroundHandlers();
    await background.runCommand('toggle-overlay', 9);
    await background.onMessage({ type: 'run-command', command: 'toggle-overlay', tabId: 11 }, fromPopup());
    await background.onMessage(
      { type: 'run-command', command: 'toggle-overlay', tabId: 12 },
      fromPopupInTab(),
    );
    expect(send.mock.calls.map((call) => call[0])).toEqual([9, 11, 12]);
  });

  it('refuses run-command from a content script and unknown commands', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(shown);
    const background = createBackgroundHandlers();
    expect(
      background.onMessage({ type: 'run-command', command: 'toggle-overlay', tabId: 11 }, fromTab(3)),
    ).toBe(undefined);
    expect(
      background.onMessage({ type: 'run-command', command: 'toggle-overlay', tabId: 11 }, {}),
    ).toBeUndefined();
    expect(await background.runCommand('do-something-else', 9)).toBeNull();
    expect(send).not.toHaveBeenCalled();
  });

  it('resolves to null on a tab without the content script', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    expect(await createBackgroundHandlers().runCommand('toggle-overlay', 9)).toBeNull();
  });
});
