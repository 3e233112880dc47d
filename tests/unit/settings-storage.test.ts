import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  editDisabledSites,
  editKinds,
  loadSettings,
  MAX_DISABLED_SITES,
  migrateStoredSettings,
  saveSetting,
} from '@/utils/settings';
import { migrationUpdates } from '@/utils/settings-core/migrate-stored';
import { migrateSetting, settingsFromRecord, storedVersion } from '@/utils/settings-core/stored-settings';
import { readGateSettings } from '@/utils/settings-reader';
import { withSite } from '@/utils/site';

// Issue #18, item 6: the site list stays in this browser unless the reader opts in, edits are
// read-modify-write, a full list is refused, sync storage may be missing, and corrupt version
// metadata is harmless.

const sync = () => fakeBrowser.storage.sync.get(null);
const local = () => fakeBrowser.storage.local.get(null);
const sites = (n: number, prefix = 'site') => Array.from({ length: n }, (_, i) => `${prefix}${i}.org`);

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('the site list', () => {
  it('is kept in local storage, never in sync storage, by default', async () => {
    await editDisabledSites((list) => withSite(list, 'www.example.com'));
    expect((await local()).disabledSites).toEqual(['example.com']);
    expect((await sync()).disabledSites).toBeUndefined();
    expect((await readGateSettings()).disabledSites).toEqual(['example.com']);
  });

  it('moves to sync storage when the reader opts in, merged with a list already synced', async () => {
    await fakeBrowser.storage.sync.set({ disabledSites: ['other.org'], disabledSites$: { v: 2 } });
    await fakeBrowser.storage.local.set({ disabledSites: ['example.com'] });
    expect(await saveSetting('syncSites', true)).toEqual({ ok: true });
    expect((await sync()).disabledSites).toEqual(['example.com', 'other.org']);
    expect((await local()).disabledSites).toBeUndefined();
    expect(await loadSettings()).toMatchObject({
      syncSites: true,
      disabledSites: ['example.com', 'other.org'],
    });
    await editDisabledSites((list) => withSite(list, 'third.net'));
    expect((await sync()).disabledSites).toEqual(['example.com', 'other.org', 'third.net']);
  });

  it('leaves the account and comes home when the reader opts out', async () => {
    await saveSetting('syncSites', true);
    await editDisabledSites((list) => withSite(list, 'example.com'));
    expect(await saveSetting('syncSites', false)).toEqual({ ok: true });
    expect((await sync()).disabledSites).toBeUndefined();
    expect((await local()).disabledSites).toEqual(['example.com']);
    expect((await loadSettings()).syncSites).toBe(false);
  });

  it('keeps both changes of two popups that each saw the list before the other saved', async () => {
    await editDisabledSites(() => ['first.org']);
    // Both popups opened on ['first.org']; each turns off its own tab's site.
    await Promise.all([
      editDisabledSites((list) => withSite(list, 'a.org')),
      editDisabledSites((list) => withSite(list, 'b.org')),
    ]);
    expect((await loadSettings()).disabledSites).toEqual(['first.org', 'a.org', 'b.org']);
  });

  it('is refused as full instead of dropping the newest site', async () => {
    await editDisabledSites(() => sites(MAX_DISABLED_SITES));
    const result = await editDisabledSites((list) => withSite(list, 'newest.org'));
    expect(result).toMatchObject({ ok: false, full: true });
    expect((await loadSettings()).disabledSites).toEqual(sites(MAX_DISABLED_SITES));
    expect(await saveSetting('disabledSites', sites(MAX_DISABLED_SITES + 1))).toMatchObject({ full: true });
    // Adding a site that is already covered is not an addition.
    expect(await editDisabledSites((list) => withSite(list, 'www.site3.org'))).toEqual({ ok: true });
  });

  it('refuses to sync when merging with the synced list would pass the limit', async () => {
    await fakeBrowser.storage.sync.set({ disabledSites: sites(150, 'a') });
    await editDisabledSites(() => sites(100, 'b'));
    expect(await saveSetting('syncSites', true)).toMatchObject({ ok: false, full: true });
    expect((await loadSettings()).syncSites).toBe(false);
  });
});

describe('without sync storage', () => {
  it('saves in local storage instead and says so', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('storage.sync is disabled'));
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('storage.sync is disabled'));
    expect(await saveSetting('theme', 'dark')).toEqual({ ok: true, local: true });
    expect((await local()).theme).toBe('dark');
    expect((await loadSettings()).theme).toBe('dark');
  });

  it('drops the local copy once a write to sync succeeds again', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('quota'));
    await saveSetting('maxNotes', 4);
    expect((await local()).maxNotes).toBe(4);
    expect(await saveSetting('maxNotes', 6)).toEqual({ ok: true });
    expect(set).toHaveBeenCalledTimes(2);
    expect((await local()).maxNotes).toBeUndefined();
    expect((await sync()).maxNotes).toBe(6);
    expect((await loadSettings()).maxNotes).toBe(6);
  });

  it('keeps the local copy over a stale synced value', async () => {
    await fakeBrowser.storage.sync.set({ theme: 'light' });
    await fakeBrowser.storage.local.set({ theme: 'dark' });
    expect((await loadSettings()).theme).toBe('dark');
  });
});

describe('corrupt version metadata', () => {
  const CORRUPT = [-1e9, -1, 0, 1.5, '2', Number.NaN, 1e308, -Infinity, null, [2], 'garbage'];

  it.each(CORRUPT)('v = %j is sanitised to a version from 1 to the current one', (v) => {
    const version = storedVersion('disabledSites', { v });
    expect(version === 1 || version === 2).toBe(true);
    expect(storedVersion('disabledSites', v)).toBe(1);
  });

  it('never loops or allocates by the stored number', () => {
    const started = performance.now();
    expect(migrateSetting('kinds', ['argument'], -1e9)).toEqual({
      argument: true,
      claim: false,
      prediction: false,
    });
    expect(migrateSetting('kinds', ['argument'], Number.NaN)).toEqual({
      argument: true,
      claim: false,
      prediction: false,
    });
    expect(settingsFromRecord({ kinds: { argument: false }, kinds$: { v: -1e9 } }).kinds.argument).toBe(
      false,
    );
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('is rewritten by the startup migration, quickly, with the value kept', async () => {
    await fakeBrowser.storage.sync.set({
      kinds: { argument: false, claim: true, prediction: true },
      kinds$: { v: -1e9 },
      theme: 'dark',
      theme$: 'garbage',
      maxNotes$: { v: 1e308 },
    });
    const started = performance.now();
    await migrateStoredSettings();
    expect(performance.now() - started).toBeLessThan(500);
    const stored = await sync();
    expect(stored.kinds$).toEqual({ v: 2 });
    expect(stored.theme$).toEqual({ v: 1 });
    expect(stored.maxNotes$).toEqual({ v: 1 });
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      kinds: { argument: false, claim: true, prediction: true },
      theme: 'dark',
    });
  });

  it('leaves current metadata alone', () => {
    expect(
      migrationUpdates({ kinds: { argument: true }, kinds$: { v: 2 }, theme: 'dark', theme$: { v: 1 } }),
    ).toEqual({});
  });
});

describe('the startup migration', () => {
  it('moves a site list older versions kept in sync storage into this browser', async () => {
    await fakeBrowser.storage.sync.set({ disabledSites: ['example.com'], disabledSites$: { v: 2 } });
    expect((await readGateSettings()).disabledSites).toEqual(['example.com']);
    await migrateStoredSettings();
    expect((await sync()).disabledSites).toBeUndefined();
    expect((await local()).disabledSites).toEqual(['example.com']);
  });

  it('leaves a synced list where it is when the reader opted in', async () => {
    await fakeBrowser.storage.local.set({ syncSites: true });
    await fakeBrowser.storage.sync.set({ disabledSites: ['example.com'], disabledSites$: { v: 2 } });
    await migrateStoredSettings();
    expect((await sync()).disabledSites).toEqual(['example.com']);
  });

  it('never throws when storage is unavailable', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('no sync'));
    await expect(migrateStoredSettings()).resolves.toBeUndefined();
  });
});

describe('the note kinds', () => {
  it('are switched on the kinds as stored, so two popups that each switch one keep both', async () => {
    // Both popups showed every kind on; the other one switched claims off first.
    await saveSetting('kinds', { argument: true, claim: false, prediction: true });
    expect(await editKinds({ argument: false })).toEqual({ ok: true });
    expect((await loadSettings()).kinds).toEqual({ argument: false, claim: false, prediction: true });
  });

  it('ignore what is not a switch of a known kind', async () => {
    await editKinds({ prediction: 'no' as never, unknown: false } as never);
    expect((await loadSettings()).kinds).toEqual(DEFAULT_SETTINGS.kinds);
  });
});
