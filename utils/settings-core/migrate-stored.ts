import { browser } from 'wxt/browser';
import { SETTING_KEYS, uniqueSites } from '@/utils/settings-core/schema';
import { type Area, getArea, type RawRecord } from '@/utils/settings-core/storage-areas';
import {
  metaKeyOf,
  migrateSetting,
  settingVersion,
  storedVersion,
} from '@/utils/settings-core/stored-settings';
import { warn } from '@/utils/settings-core/warn';

// The background's tidy-up at start. Every reader migrates in memory already, so this only rewrites
// what is stored: old formats brought up to date, corrupt version metadata replaced (sanitised before
// any step runs, see storedVersion), and the site list that older versions kept in sync storage
// moved into this browser unless the reader opted in to sync it.

/** The updates that bring one area's settings to the current format. */
export function migrationUpdates(record: RawRecord): RawRecord {
  const updates: RawRecord = {};
  for (const key of SETTING_KEYS) {
    const metaKey = metaKeyOf(key);
    if (record[key] === undefined && record[metaKey] === undefined) continue;
    const target = settingVersion(key);
    const meta = record[metaKey] as { v?: unknown } | undefined;
    if (meta?.v === target && typeof meta === 'object' && !Array.isArray(meta)) continue;
    if (record[key] !== undefined) updates[key] = migrateSetting(key, record[key], storedVersion(key, meta));
    updates[metaKey] = { v: target };
  }
  return updates;
}

async function migrateArea(area: Area): Promise<RawRecord | null> {
  const record = await getArea(area, null);
  if (!record) return null;
  const updates = migrationUpdates(record);
  if (Object.keys(updates).length > 0) await browser.storage[area].set(updates);
  return { ...record, ...updates };
}

/** Migrates both areas and moves a legacy synced site list home. Never throws. */
export async function migrateStoredSettings(): Promise<void> {
  try {
    const local = await migrateArea('local');
    const sync = await migrateArea('sync');
    if (!local || !sync || local.syncSites === true || sync.disabledSites === undefined) return;
    const sites = uniqueSites([
      ...(uniqueSites(local.disabledSites) ?? []),
      ...(uniqueSites(sync.disabledSites) ?? []),
    ]);
    await browser.storage.local.set({
      disabledSites: sites,
      disabledSites$: { v: settingVersion('disabledSites') },
    });
    await browser.storage.sync.remove(['disabledSites', 'disabledSites$']);
  } catch (error) {
    warn('cannot migrate stored settings', error);
  }
}
