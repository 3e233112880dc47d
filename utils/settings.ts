import { type StorageItemKey, storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  type SettingKey,
  type Settings,
  settingOrDefault,
  validateSetting,
} from '@/utils/settings-core/schema';
import { SETTING_MIGRATIONS, settingVersion } from '@/utils/settings-core/stored-settings';

// Settings for the popup, the background and the overlay: WXT storage items in `sync` storage, one
// per setting, each with its fallback, version and migrations. Every read is validated, so a corrupt
// value costs only itself. The every-page gate reads the same keys through `settings-reader.ts`.

export {
  DEFAULT_SETTINGS,
  isSiteDisabled,
  type SettingKey,
  type Settings,
} from '@/utils/settings-core/schema';

import { warn } from '@/utils/settings-core/warn';

type SettingItems = { [K in SettingKey]: ReturnType<typeof defineSettingItem<K>> };

function defineSettingItem<K extends SettingKey>(key: K) {
  const plan = SETTING_MIGRATIONS[key];
  // The item stores raw values: a corrupt one must reach the validator, not be trusted as Settings[K].
  return storage.defineItem<unknown>(`sync:${key}` as StorageItemKey, {
    fallback: DEFAULT_SETTINGS[key],
    version: settingVersion(key),
    ...(plan ? { migrations: plan.steps } : {}),
  });
}

let items: SettingItems | undefined;

/** The storage items, defined on first use (defining one starts its migration). */
export function settingItems(): SettingItems {
  if (!items) {
    items = Object.fromEntries(SETTING_KEYS.map((key) => [key, defineSettingItem(key)])) as SettingItems;
  }
  return items;
}

/** Forgets the item definitions so that the next use migrates again (tests reset storage between cases). */
export function resetSettingItems(): void {
  items = undefined;
}

async function readSetting<K extends SettingKey>(key: K): Promise<Settings[K]> {
  try {
    return settingOrDefault(key, await settingItems()[key].getValue());
  } catch (error) {
    warn(`setting "${key}" unreadable, using its default`, error);
    return DEFAULT_SETTINGS[key];
  }
}

/** All settings, each validated; a missing, corrupt or unreadable one is its default. Never throws. */
export async function loadSettings(): Promise<Settings> {
  const values = await Promise.all(SETTING_KEYS.map((key) => readSetting(key)));
  return Object.fromEntries(SETTING_KEYS.map((key, index) => [key, values[index]])) as unknown as Settings;
}

/**
 * Calls `onChange` with all settings whenever one of them changes (in any context: popup, another
 * tab). Returns the function that stops watching.
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  let stopped = false;
  const reload = () => {
    void loadSettings().then((settings) => {
      if (!stopped) onChange(settings);
    });
  };
  const unwatchers: (() => void)[] = [];
  try {
    for (const key of SETTING_KEYS) unwatchers.push(settingItems()[key].watch(reload));
  } catch (error) {
    warn('cannot watch settings; changes apply after a reload', error);
  }
  return () => {
    stopped = true;
    for (const unwatch of unwatchers) unwatch();
  };
}

export type SaveResult = { ok: true } | { ok: false; error: string };

/** Validates and writes one setting. Reports a refused value or a failed write instead of throwing. */
export async function saveSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<SaveResult> {
  const valid = validateSetting(key, value);
  if (valid === undefined) return { ok: false, error: `invalid value for "${key}"` };
  try {
    await settingItems()[key].setValue(valid);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
