import {
  SETTING_KEYS,
  type Settings,
  validBoolean,
  validSensitivity,
  validSites,
} from '@/utils/settings-core/schema';
import { readRaw, watchRaw } from '@/utils/settings-core/storage-areas';
import { pickSettings, settingsFromRecord } from '@/utils/settings-core/stored-settings';

// Reading settings: the same keys, areas, metadata, migrations and validation in every context.
// The every-page gate reads only the settings it acts on, so the others' validators stay out of its
// bundle and their changes do not wake it; the overlay and the popup read them all. `syncSites` is
// read with the site list because it says where the list lives.

const GATE_VALIDATORS = {
  enabled: validBoolean,
  disabledSites: validSites,
  syncSites: validBoolean,
  sensitivity: validSensitivity,
};
export type GateSettings = Pick<Settings, keyof typeof GATE_VALIDATORS>;
const GATE_KEYS = Object.keys(GATE_VALIDATORS) as (keyof GateSettings)[];

function watchWith<T>(
  keys: readonly (keyof Settings)[],
  read: () => Promise<T>,
  onChange: (settings: T) => void,
) {
  let stopped = false;
  const unwatch = watchRaw(keys, () => {
    void read().then((settings) => {
      if (!stopped) onChange(settings);
    });
  });
  return () => {
    stopped = true;
    unwatch();
  };
}

/** The gate's settings, validated; the defaults when storage cannot be read. Never throws. */
export const readGateSettings = async (): Promise<GateSettings> =>
  pickSettings(await readRaw(GATE_KEYS), GATE_VALIDATORS);

/** Calls `onChange` with fresh gate settings after a change to one of them. Returns the function that stops. */
export const watchGateSettings = (onChange: (settings: GateSettings) => void): (() => void) =>
  watchWith(GATE_KEYS, readGateSettings, onChange);

/** Every setting, validated; the defaults when storage cannot be read. Never throws. */
export const readStoredSettings = async (): Promise<Settings> =>
  settingsFromRecord(await readRaw(SETTING_KEYS));

/** Calls `onChange` with all settings after a change to any of them. Returns the function that stops. */
export const watchStoredSettings = (onChange: (settings: Settings) => void): (() => void) =>
  watchWith(SETTING_KEYS, readStoredSettings, onChange);
