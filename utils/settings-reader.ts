import { browser } from 'wxt/browser';
import {
  DEFAULT_SETTINGS,
  metaKeyOf,
  pickSettings,
  type Settings,
  validBoolean,
  validSensitivity,
  validSites,
} from '@/utils/settings-core/schema';
import { warn } from '@/utils/settings-core/warn';

// The every-page gate's way to read settings: the same keys, metadata, migrations and validation as
// the storage items in `settings.ts`, through the raw storage API, because WXT's storage library would
// add several kilobytes to a script that runs on every page. Only the three settings the gate acts on
// (the overlay reads the rest), so the others' validators stay out of its bundle and their changes do
// not wake it. Reads only; writes go through the items.

const GATE_VALIDATORS = { enabled: validBoolean, disabledSites: validSites, sensitivity: validSensitivity };
export type GateSettings = Pick<Settings, keyof typeof GATE_VALIDATORS>;

const STORED_KEYS: string[] = Object.keys(GATE_VALIDATORS).flatMap((key) => [
  key,
  metaKeyOf(key as keyof GateSettings),
]);

/** The gate's settings, validated; the defaults when storage cannot be read. Never throws. */
export async function readGateSettings(): Promise<GateSettings> {
  try {
    return pickSettings(await browser.storage.sync.get(STORED_KEYS), GATE_VALIDATORS);
  } catch (error) {
    warn('settings unreadable, using defaults', error);
    const { enabled, disabledSites, sensitivity } = DEFAULT_SETTINGS;
    return { enabled, disabledSites, sensitivity };
  }
}

/** Calls `onChange` with fresh gate settings after a change to one of them. Returns the function that stops. */
export function watchGateSettings(onChange: (settings: GateSettings) => void): () => void {
  let stopped = false;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' || !STORED_KEYS.some((key) => key in changes)) return;
    void readGateSettings().then((settings) => {
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
