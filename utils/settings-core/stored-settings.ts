import type { SettingKey, Settings, Validators } from '@/utils/settings-core/schema';
import { NOTE_KINDS, VALIDATORS, valueOrDefault } from '@/utils/settings-core/schema';

// Settings as they sit in storage: each key's format version, the steps that bring an older stored
// value up to date, and the reading of a whole raw record. Apart from the schema because only the
// code that reads storage needs it; the popup's form needs the schema alone.

type Migration = (value: unknown) => unknown;

/**
 * Storage format versions and the steps that bring older values up to date. Version 1 was the
 * preview's format: the disabled sites as the one comma-separated string typed by the user, and the
 * note kinds as the list of kinds switched on.
 */
export const SETTING_MIGRATIONS: {
  [K in SettingKey]?: { version: number; steps: Record<number, Migration> };
} = {
  disabledSites: {
    version: 2,
    steps: { 2: (value) => (typeof value === 'string' ? value.split(/[\s,;]+/).filter(Boolean) : value) },
  },
  kinds: {
    version: 2,
    steps: {
      2: (value) =>
        Array.isArray(value)
          ? Object.fromEntries(NOTE_KINDS.map((kind) => [kind, value.includes(kind)]))
          : value,
    },
  },
};

export const settingVersion = (key: SettingKey): number => SETTING_MIGRATIONS[key]?.version ?? 1;

/**
 * The format version a stored `key$` metadata entry claims, made safe before any migration runs: an
 * integer from 1 to the current version. Anything else (a string, a fraction, -1e9, a version from
 * the future) is corrupt metadata; a loop or an array sized by it must not be (WXT's migrator
 * allocated one element per version, so `v: -1e9` cost a billion). Missing or corrupt means 1, whose
 * steps leave a value of another shape alone; a future version means current, and the validator
 * decides whether the value is usable.
 */
export function storedVersion(key: SettingKey, meta: unknown): number {
  const target = settingVersion(key);
  const v = typeof meta === 'object' && meta !== null ? (meta as { v?: unknown }).v : undefined;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) return 1;
  return Math.min(v, target);
}

/** Runs the migration steps after `fromVersion` on a value, in memory. A step that throws leaves the value. */
export function migrateSetting(key: SettingKey, value: unknown, fromVersion: number): unknown {
  const plan = SETTING_MIGRATIONS[key];
  if (!plan) return value;
  let migrated = value;
  const start = Number.isSafeInteger(fromVersion) ? Math.max(fromVersion, 1) : 1;
  for (let version = start + 1; version <= plan.version; version++) {
    try {
      migrated = plan.steps[version]?.(migrated) ?? migrated;
    } catch {
      // A corrupt old value: the validator turns it into the default.
    }
  }
  return migrated;
}

/** The storage key of a setting's version metadata, as WXT's storage items write it. */
export const metaKeyOf = (key: SettingKey): string => `${key}$`;

/**
 * The settings named by `validators` from a raw storage record (`storage-areas.ts`) (values and `key$`
 * metadata): migrated in memory, validated one by one. Unknown keys are ignored.
 */
export function pickSettings<V extends Partial<Validators>>(
  record: Record<string, unknown>,
  validators: V,
): Pick<Settings, keyof V & SettingKey> {
  const picked: Partial<Record<SettingKey, unknown>> = {};
  for (const key of Object.keys(validators) as SettingKey[]) {
    const version = storedVersion(key, record[metaKeyOf(key)]);
    picked[key] = valueOrDefault(key, migrateSetting(key, record[key], version), validators[key] as never);
  }
  return picked as Pick<Settings, keyof V & SettingKey>;
}

/** Every setting from a raw storage record; see pickSettings. */
export const settingsFromRecord = (record: Record<string, unknown>): Settings =>
  pickSettings(record, VALIDATORS);
