import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askTab, isMessage, type Message, tellBackground } from '@/utils/messages';
import { emptyTabStatus } from '@/utils/tab-status';

const detection = { about: true, score: 12, language: 'en', reasons: ['“ISIS” ×4: headline, lead'] };

const WELL_FORMED: Message[] = [
  { type: 'get-status' },
  { type: 'set-overlay', visible: true },
  { type: 'set-overlay', visible: false, force: false },
  { type: 'set-overlay', visible: 'toggle', force: true },
  { type: 'inject-overlay', force: false },
  { type: 'status-changed', status: emptyTabStatus() },
  { type: 'run-command', command: 'toggle-overlay' },
  { type: 'run-command', command: 'toggle-overlay', tabId: 4 },
];

beforeEach(() => fakeBrowser.reset());

describe('isMessage', () => {
  it('accepts every well-formed message of the protocol', () => {
    for (const message of WELL_FORMED) expect(isMessage(message), JSON.stringify(message)).toBe(true);
  });

  it('rejects values that are not messages', () => {
    for (const value of [
      null,
      undefined,
      'get-status',
      42,
      {},
      { type: 'nope' },
      { type: 7 },
      [],
      ['get-status'],
    ]) {
      expect(isMessage(value)).toBe(false);
    }
  });

  it('rejects messages of a known type with the wrong shape', () => {
    const malformed = [
      { type: 'set-overlay' },
      { type: 'set-overlay', visible: 'yes' },
      { type: 'inject-overlay' },
      { type: 'status-changed', status: 'fine' },
      { type: 'run-command', command: 'rm -rf' },
      { type: 'run-command', command: 'toggle-overlay', tabId: '3' },
      { type: 'constructor' },
      { type: '__proto__' },
      { type: 'toString' },
    ];
    for (const value of malformed) expect(isMessage(value), JSON.stringify(value)).toBe(false);
  });
});

describe('askTab', () => {
  it('returns the status a tab answers', async () => {
    const status = { ...emptyTabStatus(), detection, notes: 3 };
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(status);
    expect(await askTab(5, { type: 'get-status' })).toEqual(status);
    expect(send).toHaveBeenCalledWith(5, { type: 'get-status' }, { frameId: 0 });
  });

  it('returns null where no content script listens (Firefox and Chrome reject)', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    expect(await askTab(5, { type: 'get-status' })).toBeNull();
  });

  it('returns null for an answer that is not a status', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    expect(await askTab(5, { type: 'get-status' })).toBeNull();
  });
});

describe('tellBackground', () => {
  it('delivers to the background listener and returns its answer', async () => {
    fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
      isMessage(message) && message.type === 'inject-overlay' ? Promise.resolve(true) : undefined,
    );
    expect(await tellBackground({ type: 'inject-overlay', force: true })).toBe(true);
  });

  it('resolves to undefined instead of throwing when nothing listens', async () => {
    expect(await tellBackground({ type: 'get-status' })).toBeUndefined();
  });
});
