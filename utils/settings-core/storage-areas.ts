import { browser } from 'wxt/browser';
import type { SettingKey } from '@/utils/settings-core/schema';
import { metaKeyOf } from '@/utils/settings-core/stored-settings';
import { warn } from '@/utils/settings-core/warn';

// Where each setting lives, read and written through the raw storage API (every context alike; WXT's
// storage library would add kilobytes to the content scripts). The site list says where the reader
// browses: it stays in this browser (`local`) unless the reader opts in to sync it (`syncSites`,
// itself always local). The other settings follow the reader's account (`sync`). When sync storage
// is unavailable or refuses a write, a copy in `local` stands in for it and wins over the synced
// value, until a write to sync succeeds again and removes the copy. So the rule for reading is one:
// the value in `local` if there is one, else the one in `sync` (for the site list, a list an older
// version kept there, until the background moves it).

export type Area = 'sync' | 'local';
export type RawRecord = Record<string, unknown>;

/** The area a setting is written to. */
export const homeOf = (key: SettingKey, syncSites: boolean): Area =>
  key === 'syncSites' || (key === 'disabledSites' && !syncSites) ? 'local' : 'sync';

/** The storage keys of settings: each value and its `key$` version metadata. */
export const storageKeysOf = (keys: readonly SettingKey[]): string[] =>
  keys.flatMap((key) => [key, metaKeyOf(key)]);

/** One record of values and metadata for `keys` from the two areas' raw records (`sync` null when unavailable). */
export function resolveRecord(
  keys: readonly SettingKey[],
  sync: RawRecord | null,
  local: RawRecord,
): RawRecord {
  const record: RawRecord = {};
  for (const key of keys) {
    const source = local[key] !== undefined || key === 'syncSites' ? local : (sync ?? {});
    record[key] = source[key];
    record[metaKeyOf(key)] = source[metaKeyOf(key)];
  }
  return record;
}

/** One area's values for `keys` (all when null); null when that area cannot be read. */
export async function getArea(area: Area, keys: string[] | null): Promise<RawRecord | null> {
  try {
    return (await browser.storage[area].get(keys)) as RawRecord;
  } catch {
    return null;
  }
}

/** The raw stored values and metadata of `keys`, from wherever each lives. Never throws. */
export async function readRaw(keys: readonly SettingKey[]): Promise<RawRecord> {
  const wanted = storageKeysOf(keys);
  const [sync, local] = await Promise.all([getArea('sync', wanted), getArea('local', wanted)]);
  if (!sync && !local) warn('settings unreadable, using defaults');
  return resolveRecord(keys, sync, local ?? {});
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Writes one setting (value and version) to its home; to `local` when sync storage refuses it
 * (`fallback`). Returns the error when neither area took it.
 */
export async function writeRaw(
  key: SettingKey,
  value: unknown,
  version: number,
): Promise<{ fallback: boolean } | { error: string }> {
  const entry = { [key]: value, [metaKeyOf(key)]: { v: version } };
  const syncSites = key === 'disabledSites' && (await getArea('local', ['syncSites']))?.syncSites === true;
  const toSync = homeOf(key, syncSites) === 'sync';
  if (toSync) {
    try {
      await browser.storage.sync.set(entry);
      // The stand-in copy from a failed write would hide this value from now on. Removed only when
      // there, so that a save wakes the watchers once.
      const copy = await getArea('local', [key]);
      if (copy?.[key] !== undefined) await browser.storage.local.remove(Object.keys(entry)).catch(() => {});
      return { fallback: false };
    } catch (error) {
      warn(`sync storage refused "${key}"; kept in this browser`, error);
    }
  }
  try {
    await browser.storage.local.set(entry);
    return { fallback: toSync };
  } catch (error) {
    return { error: errorText(error) };
  }
}

/** Calls `onChange` after a change to one of `keys` in either area. Returns the function that stops. */
export function watchRaw(keys: readonly SettingKey[], onChange: () => void): () => void {
  const wanted = new Set(storageKeysOf(keys));
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'sync' || area === 'local') && Object.keys(changes).some((key) => wanted.has(key)))
      onChange();
  };
  try {
    browser.storage.onChanged.addListener(listener);
  } catch {
    return () => {};
  }
  return () => browser.storage.onChanged.removeListener(listener);
}
