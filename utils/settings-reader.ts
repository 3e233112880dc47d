import { browser } from 'wxt/browser';
import {
  SETTING_KEYS,
  type SettingKey,
  type Settings,
  validBoolean,
  validSensitivity,
  validSites,
} from '@/utils/settings-core/schema';
import { metaKeyOf, pickSettings, settingsFromRecord } from '@/utils/settings-core/stored-settings';
import { warn } from '@/utils/settings-core/warn';

// The content scripts' way to read settings: the same keys, metadata, migrations and validation as
// the storage items in `settings.ts`, through the raw storage API, because WXT's storage library would
// add several kilobytes to each of them. The every-page gate reads only the three settings it acts on,
// so the others' validators stay out of its bundle and their changes do not wake it; the overlay reads
// them all. Reads only; writes go through the items.

const GATE_VALIDATORS = { enabled: validBoolean, disabledSites: validSites, sensitivity: validSensitivity };
export type GateSettings = Pick<Settings, keyof typeof GATE_VALIDATORS>;

const storedKeys = (keys: readonly string[]): string[] =>
  keys.flatMap((key) => [key, metaKeyOf(key as SettingKey)]);
const GATE_KEYS = storedKeys(Object.keys(GATE_VALIDATORS));

async function readStored<T>(keys: string[], fromRecord: (record: Record<string, unknown>) => T): Promise<T> {
  try {
    return fromRecord(await browser.storage.sync.get(keys));
  } catch (error) {
    warn('settings unreadable, using defaults', error);
    return fromRecord({});
  }
}

function watchStored<T>(keys: string[], read: () => Promise<T>, onChange: (settings: T) => void): () => void {
  let stopped = false;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' || !keys.some((key) => key in changes)) return;
    void read().then((settings) => {
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

/** The gate's settings, validated; the defaults when storage cannot be read. Never throws. */
export const readGateSettings = (): Promise<GateSettings> =>
  readStored(GATE_KEYS, (record) => pickSettings(record, GATE_VALIDATORS));

/** Calls `onChange` with fresh gate settings after a change to one of them. Returns the function that stops. */
export const watchGateSettings = (onChange: (settings: GateSettings) => void): (() => void) =>
  watchStored(GATE_KEYS, readGateSettings, onChange);

/** Every setting, validated; the defaults when storage cannot be read. Never throws. */
export const readStoredSettings = (): Promise<Settings> =>
  readStored(storedKeys(SETTING_KEYS), settingsFromRecord);

/** Calls `onChange` with all settings after a change to any of them. Returns the function that stops. */
export const watchStoredSettings = (onChange: (settings: Settings) => void): (() => void) =>
  watchStored(storedKeys(SETTING_KEYS), readStoredSettings, onChange);
