import { browser } from 'wxt/browser';
import {
  DEFAULT_SETTINGS,
  metaKeyOf,
  SETTING_KEYS,
  type Settings,
  settingsFromRecord,
} from '@/utils/settings-core/schema';

// The every-page gate's way to read settings: the same keys, metadata, migrations and validation as
// the storage items in `settings.ts`, through the raw storage API, because WXT's storage library would
// add several kilobytes to a script that runs on every page. Reads only; writes go through the items.

const STORED_KEYS: string[] = SETTING_KEYS.flatMap((key) => [key, metaKeyOf(key)]);

/** All settings, validated; the defaults when storage cannot be read. Never throws. */
export async function readSettings(): Promise<Settings> {
  try {
    return settingsFromRecord(await browser.storage.sync.get(STORED_KEYS));
  } catch (error) {
    console.warn('[context-margin] cannot read settings; using the defaults', error);
    return { ...DEFAULT_SETTINGS };
  }
}

/** Calls `onChange` with fresh settings after any change to them. Returns the function that stops. */
export function watchStoredSettings(onChange: (settings: Settings) => void): () => void {
  let stopped = false;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' || !STORED_KEYS.some((key) => key in changes)) return;
    void readSettings().then((settings) => {
      if (!stopped) onChange(settings);
    });
  };
  try {
    browser.storage.onChanged.addListener(listener);
  } catch {
    return () => {};
  }
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}
