import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, saveSetting, watchSettings } from '@/utils/settings';
import { readGateSettings, watchGateSettings } from '@/utils/settings-reader';

/** The settings the every-page gate reads, from a full Settings object. */
const gatePart = ({ enabled, disabledSites, syncSites, sensitivity }: typeof DEFAULT_SETTINGS) => ({
  enabled,
  disabledSites,
  syncSites,
  sensitivity,
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('loadSettings', () => {
  it('gives the defaults on a fresh install', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await readGateSettings()).toEqual(gatePart(DEFAULT_SETTINGS));
  });

  it('returns what was saved, in both readers', async () => {
    expect(await saveSetting('sensitivity', 'strict')).toEqual({ ok: true });
    expect(await saveSetting('maxNotes', 3)).toEqual({ ok: true });
    expect(await saveSetting('kinds', { argument: true, claim: false, prediction: true })).toEqual({
      ok: true,
    });
    const expected = {
      ...DEFAULT_SETTINGS,
      sensitivity: 'strict',
      maxNotes: 3,
      kinds: { argument: true, claim: false, prediction: true },
    };
    expect(await loadSettings()).toEqual(expected);
    expect(await readGateSettings()).toEqual(gatePart(expected as typeof DEFAULT_SETTINGS));
  });

  it('replaces each corrupt value by its default and keeps the others', async () => {
    await fakeBrowser.storage.sync.set({
      enabled: 'yes',
      sensitivity: 'paranoid',
      maxNotes: 500,
      theme: '{"theme":"dark"',
      highlights: false,
      marginNotes: 0,
      kinds: 'argument,claim',
      disabledSites: ['example.com', 42, '', 'not a host!', 'WWW.Other.org/path'],
    });
    const expected = {
      ...DEFAULT_SETTINGS,
      highlights: false,
      disabledSites: ['example.com', 'other.org'],
    };
    expect(await loadSettings()).toEqual(expected);
    expect(await readGateSettings()).toEqual(gatePart(expected as typeof DEFAULT_SETTINGS));
  });

  it.each([
    ['maxNotes', 0],
    ['maxNotes', 2.5],
    ['maxNotes', '5'],
    ['maxNotes', Number.NaN],
    ['enabled', null],
    ['enabled', 1],
    ['theme', 'Dark'],
    ['sensitivity', ['strict']],
    ['disabledSites', 42],
    ['disabledSites', { 0: 'example.com' }],
    ['kinds', null],
  ] as const)('falls back to the default for %s = %j', async (key, value) => {
    await fakeBrowser.storage.sync.set({ [key]: value, highlights: false });
    const settings = await loadSettings();
    expect(settings[key]).toEqual(DEFAULT_SETTINGS[key]);
    expect(settings.highlights).toBe(false);
  });

  it('keeps the valid kinds of a half-corrupt record and drops unknown keys', async () => {
    await fakeBrowser.storage.sync.set({ kinds: { argument: false, claim: 'no', extra: true } });
    expect((await loadSettings()).kinds).toEqual({ argument: false, claim: true, prediction: true });
  });

  it('ignores unknown storage keys', async () => {
    await fakeBrowser.storage.sync.set({ surprise: { a: 1 }, enabled$: 'garbage', enabled: false });
    const settings = await loadSettings();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('falls back to the defaults without throwing when storage is unavailable', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('storage is disabled'));
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is disabled'));
    await expect(loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
    await expect(readGateSettings()).resolves.toEqual(gatePart(DEFAULT_SETTINGS));
  });

  it('keeps the local settings when sync storage cannot be read', async () => {
    await fakeBrowser.storage.sync.set({ theme: 'dark', enabled: false });
    await fakeBrowser.storage.local.set({ disabledSites: ['example.com'] });
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('read failed'));
    const settings = await loadSettings();
    expect(settings.theme).toBe('auto');
    expect(settings.disabledSites).toEqual(['example.com']);
  });
});

describe('saveSetting', () => {
  it('reports a failed write and leaves the stored settings as they were', async () => {
    await saveSetting('theme', 'dark');
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const result = await saveSetting('maxNotes', 4);
    expect(result).toEqual({ ok: false, error: 'QUOTA_BYTES quota exceeded' });
    vi.restoreAllMocks();
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('refuses an invalid value instead of storing it', async () => {
    const result = await saveSetting('maxNotes', -3);
    expect(result.ok).toBe(false);
    expect(await fakeBrowser.storage.sync.get('maxNotes')).toEqual({ maxNotes: undefined });
  });

  it('stores sites normalised and without duplicates', async () => {
    await saveSetting('disabledSites', ['https://www.Example.com/a', 'example.com', 'news.site.org']);
    expect((await loadSettings()).disabledSites).toEqual(['example.com', 'news.site.org']);
  });
});

describe('watchSettings', () => {
  it('reports every change with all settings until unwatched', async () => {
    const seen: string[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings.theme));
    await saveSetting('theme', 'dark');
    await vi.waitFor(() => expect(seen).toEqual(['dark']));
    unwatch();
    await saveSetting('theme', 'light');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual(['dark']);
  });
});

describe('stored format', () => {
  it('writes the version metadata with each value, in the format of WXT storage items', async () => {
    await saveSetting('disabledSites', ['example.com']);
    await saveSetting('kinds', { argument: false, claim: true, prediction: true });
    const local = await fakeBrowser.storage.local.get(['disabledSites', 'disabledSites$']);
    expect(local).toEqual({ disabledSites: ['example.com'], disabledSites$: { v: 2 } });
    const sync = await fakeBrowser.storage.sync.get(['kinds$']);
    expect(sync).toEqual({ kinds$: { v: 2 } });
  });
});

describe('watchGateSettings', () => {
  it('wakes the gate only for the settings it acts on', async () => {
    const seen: string[] = [];
    const unwatch = watchGateSettings((settings) => seen.push(settings.sensitivity));
    await saveSetting('theme', 'dark');
    await saveSetting('maxNotes', 3);
    await saveSetting('sensitivity', 'broad');
    await vi.waitFor(() => expect(seen).toEqual(['broad']));
    unwatch();
    await saveSetting('sensitivity', 'strict');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual(['broad']);
  });
});
