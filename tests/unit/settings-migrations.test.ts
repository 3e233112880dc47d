import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, migrateStoredSettings } from '@/utils/settings';
import { migrateSetting, settingsFromRecord, settingVersion } from '@/utils/settings-core/stored-settings';
import { readGateSettings } from '@/utils/settings-reader';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

// Version 1 (the preview) stored the disabled sites as one typed string and the kinds as a list.
const VERSION_1 = {
  disabledSites: 'www.example.com, news.other.org;  ?? ,',
  kinds: ['argument', 'prediction'],
};
const MIGRATED = {
  disabledSites: ['example.com', 'news.other.org'],
  kinds: { argument: true, claim: false, prediction: true },
};

describe('migrations from version 1', () => {
  it('rewrite the stored values and their version when the background starts', async () => {
    await fakeBrowser.storage.sync.set({ ...VERSION_1, theme: 'dark' });
    await migrateStoredSettings();
    const stored = await fakeBrowser.storage.sync.get(['kinds', 'kinds$']);
    expect(stored.kinds$).toEqual({ v: 2 });
    expect(stored.kinds).toEqual(MIGRATED.kinds);
    const local = await fakeBrowser.storage.local.get(['disabledSites', 'disabledSites$']);
    expect(local).toEqual({ disabledSites: MIGRATED.disabledSites, disabledSites$: { v: 2 } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, ...MIGRATED, theme: 'dark' });
  });

  it('are applied in memory by the gate reader before the background has rewritten them', async () => {
    await fakeBrowser.storage.sync.set(VERSION_1);
    expect((await readGateSettings()).disabledSites).toEqual(MIGRATED.disabledSites);
    expect(settingsFromRecord(await fakeBrowser.storage.sync.get(null))).toEqual({
      ...DEFAULT_SETTINGS,
      ...MIGRATED,
    });
  });

  it('leave current values alone', () => {
    const current = { disabledSites: ['example.com'], disabledSites$: { v: 2 } };
    expect(settingsFromRecord(current).disabledSites).toEqual(['example.com']);
    expect(migrateSetting('kinds', MIGRATED.kinds, 1)).toEqual(MIGRATED.kinds);
  });

  it('turn an unusable old value into the default, not an error', () => {
    expect(settingsFromRecord({ kinds: [42, {}], disabledSites: 7 })).toEqual({
      ...DEFAULT_SETTINGS,
      kinds: { argument: false, claim: false, prediction: false },
    });
    expect(migrateSetting('disabledSites', null, 1)).toBeNull();
  });

  it('ignore a version from the future instead of downgrading', () => {
    const record = { kinds: ['argument'], kinds$: { v: 9 } };
    expect(settingsFromRecord(record).kinds).toEqual(DEFAULT_SETTINGS.kinds);
    expect(settingVersion('kinds')).toBe(2);
    expect(settingVersion('theme')).toBe(1);
  });
});
